import type { DragEvent, ReactNode } from 'react';
import type { Translate } from '../../i18n';
import { useStyles } from '../../ui';

/** A cluster's post-its, and the place to drop another onto it. */
export function ClusterColumn({
  cluster,
  t,
  onDrop,
  children,
}: {
  cluster: string | null;
  t: Translate;
  onDrop: (event: DragEvent) => void;
  children: ReactNode;
}): ReactNode {
  const styles = useStyles();
  return (
    <div
      className={styles.list}
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
      style={{ minHeight: '80px', padding: '8px', borderRadius: '8px', border: '1px dashed currentColor' }}
    >
      <h3 style={{ margin: 0, fontSize: '14px' }}>{cluster ?? t('tab.agenda.noCluster')}</h3>
      {children}
    </div>
  );
}
