import type { ReactNode } from 'react';
import { Badge } from '@fluentui/react-components';
import type { Lang, Translate } from '../../i18n';
import { useStyles } from '../../ui';
import type { ActionRow } from './use-my-actions';

/** An action as a past session lists it. */
export type ListedAction = Pick<ActionRow, 'id' | 'what' | 'ownerName' | 'due' | 'status'>;

/** A past session's actions with their status, owner and due date. */
export function ActionList({ actions, t }: { actions: ListedAction[]; t: Translate; lang: Lang }): ReactNode {
  const styles = useStyles();
  if (actions.length === 0) return <span className={styles.muted}>{t('tab.history.noActions')}</span>;
  return (
    <ul className={styles.list} aria-label={t('tab.history.actions')}>
      {actions.map((a) => (
        <li key={a.id} className={styles.item}>
          <Badge
            appearance={a.status === 'done' ? 'filled' : 'outline'}
            color={a.status === 'done' ? 'success' : 'informative'}
          >
            {t(`tab.actions.${a.status}`)}
          </Badge>
          <span className={styles.grow}>{a.what}</span>
          <span>{a.ownerName}</span>
          <span className={styles.muted}>{t('tab.actions.due', { date: a.due })}</span>
        </li>
      ))}
    </ul>
  );
}
