import type { ReactNode } from 'react';
import type { Translate } from '../../../i18n';
import { useStageStyles } from './stage-styles';
import type { StageData } from './use-stage';

/** The board filling up, by category, without names; only a count while it is hidden until revealed. */
export function StageBoard({ board, t }: { board: StageData['board']; t: Translate }): ReactNode {
  const s = useStageStyles();
  if (!board) return <p className={s.muted}>{t('tab.agenda.noPostIts')}</p>;
  if (board.hiddenUntilReveal) return <p className={s.big}>{t('meetingViews.stage.hidden', { count: board.total })}</p>;
  if (board.postIts.length === 0) return <p className={s.muted}>{t('tab.agenda.noPostIts')}</p>;
  const groups: (string | null)[] = board.categories.length ? [...board.categories] : [null];
  return (
    <div className={s.columns}>
      {groups.map((category) => {
        const postIts = board.postIts.filter((p) => category === null || p.category === category);
        return (
          <section key={category ?? '-'} className={s.column}>
            {category && <h2 className={s.heading}>{t(`board.category.${category}`)}</h2>}
            <ul className={category ? s.list : s.grid}>
              {postIts.map((p) => (
                <li key={p.id} className={s.postIt}>
                  {p.text}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
