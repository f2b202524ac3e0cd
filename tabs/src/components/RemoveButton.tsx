import type { ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import { useStyles } from '../ui';

/** The ✕ that takes one row out of a list; `label` says which, for screen readers. */
export function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }): ReactNode {
  const styles = useStyles();
  return (
    <Button className={styles.iconButton} appearance="subtle" aria-label={label} onClick={onRemove}>
      ✕
    </Button>
  );
}
