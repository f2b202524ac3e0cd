import type { ReactNode } from 'react';
import { Badge, Button, Subtitle2 } from '@fluentui/react-components';
import { useStyles } from '../../ui';
import type { ViewProps } from '../view-props';
import type { Act, Live } from './use-agenda';

/** A dot vote: closed while condensing (a facilitator opens it), then how many voted until the facilitator reveals it, then the ranked results. */
export function VoteResults(props: ViewProps & { live: Extract<Live, { kind: 'vote' }>; act: Act }): ReactNode {
  const { live, t } = props;
  const styles = useStyles();
  const facilitator = props.role === 'facilitator';
  if (!live.vote.opened) {
    return (
      <div className={styles.row}>
        <span className={styles.grow}>{t(facilitator ? 'tab.agenda.notOpen' : 'tab.agenda.notOpenMember')}</span>
        {facilitator && (
          <Button
            appearance="primary"
            onClick={() => void props.act('/session/open-vote', { phaseIndex: live.phaseIndex })}
          >
            {t('tab.agenda.openVote')}
          </Button>
        )}
      </div>
    );
  }
  if (!live.vote.revealed || !live.vote.results) {
    return (
      <div className={styles.row}>
        <span className={styles.grow}>{t('tab.agenda.voters', { count: live.vote.voters })}</span>
        {facilitator && (
          <Button
            appearance="primary"
            onClick={() => void props.act('/session/reveal', { phaseIndex: live.phaseIndex })}
          >
            {t('tab.agenda.reveal')}
          </Button>
        )}
      </div>
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
              {t('tab.agenda.votes', { votes: r.votes })}
            </Badge>
          </li>
        ))}
      </ol>
    </div>
  );
}
