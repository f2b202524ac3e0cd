import { useState, type ReactNode } from 'react';
import { Badge, Subtitle2 } from '@fluentui/react-components';
import { isApiError, type Api, type ApiError } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import type { Translate } from '../../i18n';
import type { Role } from '../../types';
import { useStyles } from '../../ui';
import { MemberRoleButton } from './MemberRoleButton';
import type { CommunityData } from './use-community';

interface Props {
  members: CommunityData['members'];
  t: Translate;
  /** Given to facilitators: each member gets "name as observer" or "make member again". */
  steer?: { api: Api; communityId: string };
}

/** The community's people and their roles; facilitators name observers here. */
export function MembersCard({ members, t, steer }: Props): ReactNode {
  const styles = useStyles();
  const [roles, setRoles] = useState<Record<string, Role>>({});
  const [error, setError] = useState<ApiError | undefined>();
  const shown = members.map((m) => ({ ...m, role: roles[m.userId] ?? m.role }));
  return (
    <section className={styles.card}>
      <Subtitle2 as="h2">{t('tab.community.members', { count: members.length })}</Subtitle2>
      {error && <ErrorBar error={error} t={t} />}
      <ul className={styles.list}>
        {shown.map((m) => (
          <li key={m.userId} className={styles.item}>
            <span className={styles.grow}>{m.name}</span>
            <Badge
              appearance={m.role === 'facilitator' ? 'filled' : 'tint'}
              color={m.role === 'facilitator' ? 'brand' : 'informative'}
            >
              {t(`tab.community.roles.${m.role}`)}
            </Badge>
            {steer && (
              <MemberRoleButton
                {...steer}
                member={m}
                t={t}
                onDone={(outcome) => {
                  if ('role' in outcome) setRoles((r) => ({ ...r, [m.userId]: outcome.role }));
                  setError('error' in outcome && isApiError(outcome.error) ? outcome.error : undefined);
                }}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
