import type { Community, Membership } from '../../domain/community/community';
import { memberFor, type ActionsOwner } from '../../domain/activities/actions/member-actions';
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
  const member = memberFor(await deps.store.members.list(communityId), ownerOf(identity));
  if (!member) return undefined;
  await rememberUserCommunity(deps, identity.oid, communityId);
  return { community: community.value, member };
}

/** The person behind an identity, as the domain looks them up. */
export const ownerOf = (identity: Identity): ActionsOwner => ({
  aadObjectId: identity.oid,
  ...(identity.userId ? { userId: identity.userId } : {}),
});
