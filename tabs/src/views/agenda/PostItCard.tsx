import type { ReactNode } from 'react';
import { Button, Select } from '@fluentui/react-components';
import type { Translate } from '../../i18n';
import { useStyles } from '../../ui';
import type { PostItView } from './use-agenda';

/** Puts a post-it in a cluster (null: none) or drops it. */
export type Mark = (id: string, body: { cluster?: string | null; dropped?: boolean }) => Promise<void>;

/** One post-it while condensing; a facilitator drags it, picks its cluster or drops it. */
export function PostItCard({
  postIt: p,
  facilitator,
  clusters,
  t,
  mark,
}: {
  postIt: PostItView;
  facilitator: boolean;
  clusters: string[];
  t: Translate;
  mark: Mark;
}): ReactNode {
  const styles = useStyles();
  return (
    <div
      className={styles.postIt}
      draggable={facilitator && !p.dropped}
      onDragStart={(e) => e.dataTransfer.setData('text/plain', p.id)}
      style={p.dropped ? { opacity: 0.6, textDecoration: 'line-through' } : undefined}
    >
      <span>{p.text}</span>
      {facilitator && (
        <div className={styles.row}>
          {!p.dropped && (
            <Select
              size="small"
              aria-label={t('tab.agenda.moveTo', { text: p.text })}
              value={p.cluster ?? ''}
              onChange={(_e, d) => void mark(p.id, { cluster: d.value || null })}
            >
              <option value="">{t('tab.agenda.noCluster')}</option>
              {clusters.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </Select>
          )}
          <Button size="small" appearance="subtle" onClick={() => void mark(p.id, { dropped: !p.dropped })}>
            {p.dropped ? t('tab.agenda.restore') : t('tab.agenda.drop')}
          </Button>
        </div>
      )}
    </div>
  );
}
