import type { ReactNode } from 'react';
import { Badge, Subtitle2 } from '@fluentui/react-components';
import type { Translate } from '../../i18n';
import { useStyles } from '../../ui';
import type { CommunityData } from './use-community';

export function MembersCard({ members, t }: { members: CommunityData['members']; t: Translate }): ReactNode {
  const styles = useStyles();
  return (
    <section className={styles.card}>
      <Subtitle2 as="h2">{t('tab.community.members', { count: members.length })}</Subtitle2>
      <ul className={styles.list}>
        {members.map((m) => (
          <li key={m.userId} className={styles.item}>
            <span className={styles.grow}>{m.name}</span>
            <Badge
              appearance={m.role === 'facilitator' ? 'filled' : 'tint'}
              color={m.role === 'facilitator' ? 'brand' : 'informative'}
            >
              {t(`tab.community.roles.${m.role}`)}
            </Badge>
          </li>
        ))}
      </ul>
    </section>
  );
}
