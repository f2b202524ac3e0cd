import { useState, type DragEvent, type ReactNode } from 'react';
import { Subtitle2 } from '@fluentui/react-components';
import { ErrorBar } from '../../components/ErrorBar';
import { useStyles } from '../../ui';
import { useApiCall } from '../../use-api-call';
import type { ViewProps } from '../view-props';
import { ClusterColumn } from './ClusterColumn';
import { NewClusterForm } from './NewClusterForm';
import { PostItCard, type Mark } from './PostItCard';
import type { PostItView } from './use-agenda';

/**
 * Condensing: a facilitator drags post-its onto clusters (or picks the cluster from a list, which is
 * the keyboard way) and drops what is not relevant. Members see the clusters as they form.
 */
export function Condense(props: ViewProps & { sessionId: string; postIts: PostItView[] }): ReactNode {
  const { t, postIts } = props;
  const styles = useStyles();
  const facilitator = props.role === 'facilitator';
  const [extra, setExtra] = useState<string[]>([]);
  const { error, run } = useApiCall();
  const clusters = [...new Set([...postIts.flatMap((p) => (p.cluster ? [p.cluster] : [])), ...extra])];
  const mark: Mark = async (id, body) => {
    await run(() => props.api.put(`/communities/${props.communityId}/post-its/${props.sessionId}/${id}`, body));
  };
  const onDrop = (cluster: string | null) => (event: DragEvent) => {
    event.preventDefault();
    const id = event.dataTransfer.getData('text/plain');
    if (id) void mark(id, { cluster });
  };
  const card = (p: PostItView) => (
    <PostItCard key={p.id} postIt={p} facilitator={facilitator} clusters={clusters} t={t} mark={mark} />
  );
  const column = (cluster: string | null, items: PostItView[]) => (
    <ClusterColumn key={cluster ?? '-'} cluster={cluster} t={t} onDrop={onDrop(cluster)}>
      {items.map(card)}
    </ClusterColumn>
  );
  const active = postIts.filter((p) => !p.dropped);
  const dropped = postIts.filter((p) => p.dropped);
  return (
    <div className={styles.list}>
      <Subtitle2 as="h3">{t('tab.agenda.clusters')}</Subtitle2>
      {facilitator && (
        <p className={styles.muted} style={{ margin: 0 }}>
          {t('tab.agenda.dragHint')}
        </p>
      )}
      {error && <ErrorBar error={error} t={t} />}
      {facilitator && <NewClusterForm t={t} onAdd={(name) => setExtra([...extra, name])} />}
      {postIts.length === 0 && <p>{t('tab.agenda.noPostIts')}</p>}
      <div className={styles.grid}>
        {column(
          null,
          active.filter((p) => !p.cluster),
        )}
        {clusters.map((c) =>
          column(
            c,
            active.filter((p) => p.cluster === c),
          ),
        )}
      </div>
      {dropped.length > 0 && (
        <details>
          <summary>{t('tab.agenda.dropped', { count: dropped.length })}</summary>
          <div className={styles.grid}>{dropped.map(card)}</div>
        </details>
      )}
    </div>
  );
}
