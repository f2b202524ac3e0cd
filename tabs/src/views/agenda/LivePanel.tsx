import type { ReactNode } from 'react';
import { Badge, Subtitle2 } from '@fluentui/react-components';
import { useStyles } from '../../ui';
import type { ViewProps } from '../view-props';
import { Board } from './Board';
import { CheckInPanel } from './CheckInPanel';
import { Condense } from './Condense';
import type { Act, Live, Running } from './use-agenda';
import { VoteResults } from './VoteResults';

/** What members add in the current phase: check-ins and moods, post-its, clusters and votes. */
export function LivePanel(props: ViewProps & { running: Running; live: Live; act: Act }): ReactNode {
  const { live, t } = props;
  const styles = useStyles();
  const moods = Object.entries(live.moods).filter(([, n]) => n > 0);
  return (
    <section className={styles.card} aria-live="polite" aria-labelledby="live-heading">
      <Subtitle2 as="h2" id="live-heading">
        {t(`phase.${props.running.agenda[live.phaseIndex]?.key ?? ''}.title`)}
      </Subtitle2>
      <div className={styles.row}>
        <span>{t('tab.agenda.checkIns.count', { count: live.checkIns })}</span>
        {moods.map(([mood, n]) => (
          <Badge key={mood} appearance="tint" size="large">
            {`${t(`moods.${mood}`)} × ${n}`}
          </Badge>
        ))}
      </div>
      {props.role === 'facilitator' && (live.kind === 'check-in' || live.checkIns > 0) && <CheckInPanel {...props} />}
      {live.kind === 'board' && <Board {...props} live={live} sessionId={props.running.id} />}
      {(live.kind === 'condense' || live.kind === 'vote') && (
        <Condense {...props} sessionId={props.running.id} postIts={live.postIts} />
      )}
      {live.kind === 'vote' && <VoteResults {...props} live={live} />}
    </section>
  );
}
