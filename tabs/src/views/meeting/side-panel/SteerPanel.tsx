import type { ReactNode } from 'react';
import { Button, Subtitle2 } from '@fluentui/react-components';
import { ErrorBar } from '../../../components/ErrorBar';
import type { Startup } from '../../../startup';
import { useStyles } from '../../../ui';
import { RevealBar } from '../../agenda/RevealBar';
import { useAct } from '../../agenda/use-act';
import type { Live, Running } from '../../agenda/use-agenda';
import type { ViewProps } from '../../view-props';
import { StageControls } from './StageControls';

/**
 * Facilitators only: previous, next (on the last phase: end), five minutes more, reveal or open what the phase holds
 * back, and the stage.
 */
export function SteerPanel(
  props: ViewProps & {
    running: Running;
    live: Live | undefined;
    pinned: string | null;
    startup: Startup;
    reload: () => void;
  },
): ReactNode {
  const { running, live, t } = props;
  const styles = useStyles();
  const { error, act } = useAct(props);
  const at = running.phaseIndex;
  const last = at >= running.agenda.length - 1;
  const reveal = revealOf(live, t);
  return (
    <section className={styles.card} aria-labelledby="steer-heading">
      <Subtitle2 as="h3" id="steer-heading" className={styles.heading}>
        {t('meetingViews.sidePanel.steer')}
      </Subtitle2>
      <div className={styles.row}>
        <Button disabled={at <= 0} onClick={() => void act('/session/step', { step: -1 })}>
          {t('tab.agenda.previous')}
        </Button>
        {last ? (
          <Button appearance="primary" onClick={() => void act('/session/end', { phaseIndex: at })}>
            {t('session.steer.end')}
          </Button>
        ) : (
          <Button appearance="primary" onClick={() => void act('/session/step', { step: 1 })}>
            {t('tab.agenda.nextPhase')}
          </Button>
        )}
        <Button
          aria-label={t('meetingViews.sidePanel.extendLabel')}
          onClick={() => void act('/session/extend', { phaseIndex: at })}
        >
          {t('meetingViews.sidePanel.extend')}
        </Button>
      </div>
      {reveal && <RevealBar {...reveal} role={props.role} phaseIndex={at} act={act} />}
      {error && <ErrorBar error={error} t={t} />}
      <StageControls {...props} />
    </section>
  );
}

/** What the phase holds back for a facilitator to show: a hidden board, a vote to open, results to reveal. */
function revealOf(live: Live | undefined, t: ViewProps['t']) {
  if (live?.kind === 'board' && live.hiddenUntilReveal)
    return { message: t('tab.agenda.hiddenBoard', { count: live.total }), label: t('tab.agenda.revealBoard') };
  if (live?.kind !== 'vote' || live.vote.revealed) return undefined;
  if (!live.vote.opened)
    return { message: t('tab.agenda.notOpen'), label: t('tab.agenda.openVote'), path: '/session/open-vote' as const };
  return { message: t('tab.agenda.voters', { count: live.vote.voters }), label: t('tab.agenda.reveal') };
}
