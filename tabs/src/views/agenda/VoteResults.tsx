import type { ReactNode } from 'react';
import { Badge, Subtitle2 } from '@fluentui/react-components';
import { useStyles } from '../../ui';
import type { ViewProps } from '../view-props';
import { RevealBar } from './RevealBar';
import type { Act, Live } from './use-agenda';

/**
 * A dot vote: closed while condensing (a facilitator opens it), then how many voted until the facilitator reveals it,
 * then the ranked results.
 */
export function VoteResults(props: ViewProps & { live: Extract<Live, { kind: 'vote' }>; act: Act }): ReactNode {
  const { live, t } = props;
  const styles = useStyles();
  if (!live.vote.opened) {
    return (
      <RevealBar
        message={t(props.role === 'facilitator' ? 'tab.agenda.notOpen' : 'tab.agenda.notOpenMember')}
        label={t('tab.agenda.openVote')}
        role={props.role}
        phaseIndex={live.phaseIndex}
        act={props.act}
        path="/session/open-vote"
      />
    );
  }
  if (!live.vote.revealed || !live.vote.results) {
    return (
      <RevealBar
        message={t('tab.agenda.voters', { count: live.vote.voters })}
        label={t('tab.agenda.reveal')}
        role={props.role}
        phaseIndex={live.phaseIndex}
        act={props.act}
      />
    );
  }
  return (
    <div>
      <Subtitle2 as="h3">{t('tab.agenda.results')}</Subtitle2>
      <ol className={styles.list}>
        {live.vote.results.map((r) => (
          <li key={r.id} className={styles.item}>
            <strong>{`${r.rank}.`}</strong>
            <span className={styles.grow}>{r.text}</span>
            {r.tied && <Badge appearance="outline">{t('tab.agenda.tied')}</Badge>}
            <Badge appearance="filled" color="informative">
              {t('tab.agenda.votes', { count: r.votes })}
            </Badge>
          </li>
        ))}
      </ol>
    </div>
  );
}
