import type { Community, Membership } from '../../domain/community/community';
import { rememberUserCommunity } from '../../domain/community/user-communities';
import type { Deps } from '../../domain/ports';
import type { Identity } from '../auth/sso-token';

/** A community as one of its members reaches it through the tab. */
export interface Access {
  community: Community;
  member: Membership;
}

export { USER_COMMUNITIES, rememberedCommunities } from '../../domain/community/user-communities';

/**
 * The member behind an identity: matched on the Entra object id the bot stored from the team roster
 * and from every card click (`aadObjectId`), or on the Playground user id in local mode.
 */
export async function memberOf(deps: Deps, communityId: string, identity: Identity): Promise<Access | undefined> {
  const community = await deps.store.communities.get(communityId);
  if (!community) return undefined;
  const members = await deps.store.members.list(communityId);
  const member =
    members.find((m) => m.aadObjectId === identity.oid) ??
    (identity.userId ? members.find((m) => m.userId === identity.userId) : undefined);
  if (!member) return undefined;
  await rememberUserCommunity(deps, identity.oid, communityId);
  return { community: community.value, member };
}
