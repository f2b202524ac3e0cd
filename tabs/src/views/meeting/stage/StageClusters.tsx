import type { ReactNode } from 'react';
import type { Translate } from '../../../i18n';
import { useStageStyles } from './stage-styles';
import type { StageData } from './use-stage';

/** What the group votes on: each cluster with its post-its, then the ideas on their own. */
export function StageClusters({ vote, t }: { vote: StageData['vote']; t: Translate }): ReactNode {
  const s = useStageStyles();
  const clusters = vote?.clusters;
  if (!clusters || (clusters.clusters.length === 0 && clusters.singles.length === 0))
    return <p className={s.muted}>{t('meetingViews.stage.nothingToVote')}</p>;
  const groups = [
    ...clusters.clusters,
    ...(clusters.singles.length ? [{ name: t('meetingViews.stage.singles'), ideas: clusters.singles }] : []),
  ];
  return (
    <>
      {vote.opened && !vote.revealed && <p className={s.sub}>{t('tab.agenda.voters', { count: vote.voters })}</p>}
      <div className={s.columns}>
        {groups.map((g) => (
          <section key={g.name} className={s.column}>
            <h2 className={s.heading}>{g.name}</h2>
            <ul className={s.list}>
              {g.ideas.map((idea, i) => (
                <li key={i} className={s.postIt}>
                  {idea}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
