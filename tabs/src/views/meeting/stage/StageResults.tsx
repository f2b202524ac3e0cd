import type { ReactNode } from 'react';
import type { Translate } from '../../../i18n';
import { useStageStyles } from './stage-styles';
import type { StageData } from './use-stage';

/** The dot-vote's ranked results, once a facilitator revealed them; before that only how many voted. */
export function StageResults({ vote, t }: { vote: StageData['vote']; t: Translate }): ReactNode {
  const s = useStageStyles();
  if (!vote?.revealed || !vote.results)
    return <p className={s.big}>{t('tab.agenda.voters', { count: vote?.voters ?? 0 })}</p>;
  return (
    <ol className={s.list}>
      {vote.results.map((r) => (
        <li key={r.id} className={s.row}>
          <span className={s.rank}>{`${r.rank}.`}</span>
          <span className={s.grow}>{r.text}</span>
          {r.tied && <span className={s.sub}>{t('tab.agenda.tied')}</span>}
          <span className={s.count}>{t('tab.agenda.votes', { count: r.votes })}</span>
        </li>
      ))}
    </ol>
  );
}
