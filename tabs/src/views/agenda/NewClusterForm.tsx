import { useState, type ReactNode } from 'react';
import { Button, Input } from '@fluentui/react-components';
import type { Translate } from '../../i18n';
import { useStyles } from '../../ui';

/** A facilitator names a new, still empty cluster. */
export function NewClusterForm({ t, onAdd }: { t: Translate; onAdd: (name: string) => void }): ReactNode {
  const styles = useStyles();
  const [name, setName] = useState('');
  return (
    <form
      className={styles.row}
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) onAdd(name.trim());
        setName('');
      }}
    >
      <Input
        value={name}
        aria-label={t('tab.agenda.newCluster')}
        placeholder={t('tab.agenda.newCluster')}
        onChange={(_e, d) => setName(d.value)}
      />
      <Button type="submit">{t('tab.agenda.addCluster')}</Button>
    </form>
  );
}
