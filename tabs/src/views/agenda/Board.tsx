import type { ReactNode } from 'react';
import type { Translate } from '../../i18n';
import { useStyles } from '../../ui';
import type { Live } from './use-agenda';

/** The post-its of a board phase, grouped by the board's categories. */
export function Board({ live, t }: { live: Extract<Live, { kind: 'board' }>; t: Translate }): ReactNode {
  const styles = useStyles();
  const groups = live.categories.length ? [...live.categories.map((c) => c as string | null), null] : [null];
  if (live.postIts.length === 0) return <p>{t('tab.agenda.noPostIts')}</p>;
  return (
    <div className={styles.grid}>
      {groups.map((category) => {
        const postIts = live.postIts.filter((p) => p.category === category);
        if (postIts.length === 0) return null;
        return (
          <div key={category ?? '-'} className={styles.list}>
            <h3 style={{ margin: 0, fontSize: '14px' }}>
              {category ? t(`board.category.${category}`) : t('tab.agenda.postIts', { count: postIts.length })}
            </h3>
            {postIts.map((p) => (
              <div key={p.id} className={styles.postIt}>
                {p.text}
              </div>
            ))}
          </div>
        );
      })}
    </div>
  );
}
