import { useState, type ReactNode } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Api, ApiFailure } from './api';
import type { Translate } from './i18n';

const useStyles = makeStyles({ row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS } });

interface Answered {
  phase: number;
  answers: { status: number }[];
  /** The colleagues wait instead of answering: the dot-vote is not open yet. */
  waiting?: 'vote-closed';
}

/**
 * Local mode: the Playground's sample colleagues answer the running session's card (what `npm run members`
 * does), so one person can try the group alone. The route exists in local mode only.
 */
export function SampleMembersButton({
  lang,
  place,
  t,
}: {
  lang: string;
  place: { teamId: string | null; channelId: string | null };
  t: Translate;
}): ReactNode {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const answer = async () => {
    setBusy(true);
    try {
      const body = place.channelId ? { place: { teamId: place.teamId ?? '', channelId: place.channelId } } : {};
      const done = await new Api({ lang }, '/api/local').call<Answered>('POST', '/sample-members', body);
      const count = done.answers.filter((a) => a.status === 200).length;
      setSaid(count ? t('tab.local.membersAnswered', { count, phase: done.phase }) : nothingSaid(done, t));
    } catch (error) {
      setSaid(error instanceof ApiFailure && error.message ? error.message : t('tab.errors.network'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.row}>
      <Button size="small" disabled={busy} onClick={() => void answer()}>
        {t('tab.local.members')}
      </Button>
      <Text size={200} role="status">
        {said}
      </Text>
    </div>
  );
}

const nothingSaid = (done: Answered, t: Translate): string =>
  t(done.waiting === 'vote-closed' ? 'tab.local.membersVoteClosed' : 'tab.local.membersNothing');
