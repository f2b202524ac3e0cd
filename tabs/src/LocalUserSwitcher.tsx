import type { ReactNode } from 'react';
import { Badge, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Translate } from './i18n';
import type { LocalUser } from '../../server/auth/local-identities';

const useStyles = makeStyles({ local: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS } });

/** Local mode: the badge that says so, and the sample person the tab plays. */
export function LocalUserSwitcher({
  users,
  current,
  t,
  onChoose,
}: {
  users: LocalUser[];
  current: string;
  t: Translate;
  onChoose: (userId: string) => void;
}): ReactNode {
  const styles = useStyles();
  return (
    <div className={styles.local}>
      <Badge appearance="filled" color="warning" title={t('tab.local.hint')}>
        {t('tab.local.badge')}
      </Badge>
      <Select aria-label={t('tab.local.as')} value={current} onChange={(_e, d) => onChoose(d.value)}>
        {users.map((u) => (
          <option key={u.userId} value={u.userId}>
            {u.name}
          </option>
        ))}
      </Select>
    </div>
  );
}
