import { useEffect, useState } from 'react';
import type { Api } from './api';
import type { Startup } from './startup';
import type { Me } from './types';

export type MeState = Me | { error: unknown } | undefined;

/** Who the member is in this channel's community, and a version raised on every live change of it. */
export function useChannel(api: Api, place: Startup['place']): { me: MeState; version: number } {
  const [me, setMe] = useState<MeState>();
  const [version, setVersion] = useState(0);
  const { teamId, channelId } = place;
  useEffect(() => {
    if (!channelId) return setMe({ error: { status: 0, code: 'tab.errors.notInTeams', message: '' } });
    const query = new URLSearchParams({ channelId, ...(teamId ? { teamId } : {}) });
    api.get<Me>(`/me?${query.toString()}`).then(setMe, (error: unknown) => setMe({ error }));
  }, [api, teamId, channelId]);
  const communityId = me && 'community' in me ? me.community?.id : undefined;
  useEffect(
    () => (communityId ? api.watch(communityId, () => setVersion((v) => v + 1)) : undefined),
    [api, communityId],
  );
  return { me, version };
}
