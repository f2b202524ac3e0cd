import type { ReactNode } from 'react';
import { SpinButton } from '@fluentui/react-components';
import { RemoveButton } from '../../components/RemoveButton';
import type { Translate } from '../../i18n';
import { useStyles } from '../../ui';

/** One phase of the agenda being prepared: its timebox, and a way to take it out. */
export function EditablePhase({
  title,
  minutes,
  t,
  onMinutes,
  onRemove,
}: {
  title: string;
  minutes: number;
  t: Translate;
  onMinutes: (minutes: number) => void;
  onRemove: () => void;
}): ReactNode {
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <span className={styles.grow}>{title}</span>
      <SpinButton
        aria-label={t('tab.agenda.minutes', { title })}
        value={minutes}
        min={1}
        max={240}
        onChange={(_e, d) => {
          const typed = d.value ?? Number(d.displayValue);
          if (Number.isFinite(typed)) onMinutes(Math.round(typed));
        }}
      />
      <RemoveButton label={t('tab.agenda.remove', { title })} onRemove={onRemove} />
    </li>
  );
}
