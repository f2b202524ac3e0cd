import { useState, type ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import type { Api } from '../../api';
import type { Translate } from '../../i18n';
import type { Role } from '../../types';

interface Props {
  api: Api;
  communityId: string;
  member: { userId: string; name: string; role: Role };
  t: Translate;
  /** Called with the new role once the server took it, or with the refusal. */
  onDone: (outcome: { role: Role } | { error: unknown }) => void;
}

/** A facilitator's "name as observer" / "make member again" beside a member (never beside a facilitator). */
export function MemberRoleButton({ api, communityId, member, t, onDone }: Props): ReactNode {
  const [busy, setBusy] = useState(false);
  if (member.role === 'facilitator') return null;
  const role = member.role === 'observer' ? 'member' : 'observer';
  const change = async () => {
    setBusy(true);
    try {
      await api.put(`/communities/${communityId}/members/${encodeURIComponent(member.userId)}/role`, { role });
      onDone({ role });
    } catch (error) {
      onDone({ error });
    }
    setBusy(false);
  };
  const label = t(role === 'observer' ? 'tab.community.makeObserver' : 'tab.community.makeMember');
  return (
    <Button size="small" disabled={busy} aria-label={`${label}: ${member.name}`} onClick={() => void change()}>
      {label}
    </Button>
  );
}
