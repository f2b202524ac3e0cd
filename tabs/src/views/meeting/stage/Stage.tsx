import type { ReactNode } from 'react';
import type { StageView } from '../../../../../domain/meeting/stage-views';
import { Loaded } from '../../../components/Loaded';
import type { Translate } from '../../../i18n';
import { Countdown } from '../../agenda/Countdown';
import type { ViewProps } from '../../view-props';
import { StageBoard } from './StageBoard';
import { StageClusters } from './StageClusters';
import { StageDriver } from './StageDriver';
import { StageResults } from './StageResults';
import { StageTopics } from './StageTopics';
import { useStageStyles } from './stage-styles';
import { useStage, type StageData } from './use-stage';

/**
 * The meeting's shared stage: what the group looks at together, large enough for a beamer. It follows the phase by
 * itself unless a facilitator pinned a view; it redraws on every live change.
 */
export function Stage(props: ViewProps): ReactNode {
  const state = useStage(props);
  const s = useStageStyles();
  const { t } = props;
  return (
    <main className={s.stage} aria-label={t('meetingViews.stage.label')}>
      <Loaded state={state} t={t} render={(data) => <StageBody data={data} t={t} />} />
    </main>
  );
}

function StageBody({ data, t }: { data: StageData; t: Translate }): ReactNode {
  const s = useStageStyles();
  const { running } = data;
  const phase = running?.phase;
  const view = (v: StageView) => t(`meetingViews.stage.views.${v}`);
  return (
    <>
      <header className={s.header}>
        <h1 className={s.title}>{phase ? t(`phase.${phase.key}.title`) : t('meetingViews.stage.noSession')}</h1>
        {running && phase && running.phaseStartedAt && (
          <span className={s.timer}>
            <Countdown startedAt={running.phaseStartedAt} minutes={phase.minutes} t={t} />
          </span>
        )}
        {running && (
          <span className={s.sub}>
            {t('meetingViews.sidePanel.position', {
              number: running.number,
              index: running.phaseIndex + 1,
              total: running.phaseCount,
            })}
          </span>
        )}
      </header>
      <h2 className={s.heading}>
        {data.pinned ? t('meetingViews.share.pinned', { view: view(data.pinned) }) : view(data.shows)}
      </h2>
      {phase?.activity === 'check-in' && running && (
        <p className={s.big}>{t('meetingViews.stage.checkIns', { count: running.checkIns })}</p>
      )}
      <ShownView data={data} t={t} />
    </>
  );
}

function ShownView({ data, t }: { data: StageData; t: Translate }): ReactNode {
  switch (data.shows) {
    case 'board':
      return <StageBoard board={data.board} t={t} />;
    case 'clusters':
      return <StageClusters vote={data.vote} t={t} />;
    case 'results':
      return <StageResults vote={data.vote} t={t} />;
    case 'topics':
      return <StageTopics topics={data.topics} t={t} />;
    case 'driver':
      return <StageDriver driver={data.driver} t={t} />;
  }
}
