import type { ReactNode } from 'react';
import type { Translate } from '../../../i18n';
import { useStageStyles } from './stage-styles';
import type { StageData } from './use-stage';

/** The driver as the group wrote it: the end goal large, what goes well, and the steps back to today. */
export function StageDriver({ driver, t }: { driver: StageData['driver']; t: Translate }): ReactNode {
  const s = useStageStyles();
  if (!driver?.endGoal.trim()) return <p className={s.muted}>{t('meetingViews.stage.noDriver')}</p>;
  return (
    <div className={s.column}>
      <h2 className={s.heading}>{t('tab.driver.endGoal')}</h2>
      <p className={s.big}>{driver.endGoal}</p>
      {driver.whatGoesWell.trim() && (
        <>
          <h2 className={s.heading}>{t('tab.driver.whatGoesWell')}</h2>
          <p className={s.muted}>{driver.whatGoesWell}</p>
        </>
      )}
      {driver.steps.length > 0 && (
        <>
          <h2 className={s.heading}>{t('tab.driver.steps')}</h2>
          <ol className={s.list}>
            {driver.steps.map((step, i) => (
              <li key={i} className={s.row}>
                <span className={s.rank}>{`${i + 1}.`}</span>
                <span className={s.grow}>{step.text}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
