import type { Community, Membership } from '../../domain/community/community';
import type { Deps } from '../../domain/ports';
import type { Identity } from '../auth/sso-token';

/** A community as one of its members reaches it through the tab. */
export interface Access {
  community: Community;
  member: Membership;
}

/** Communities a person opened in the tab, so the personal "My actions" can find them (documents `tab-user-communities`). */
export const USER_COMMUNITIES = 'tab-user-communities';

/**
 * The member behind an identity: matched on the Entra object id the bot stored from the team roster
 * and from every card click (`aadObjectId`), or on the Playground user id in local mode.
 */
export async function memberOf(deps: Deps, communityId: string, identity: Identity): Promise<Access | undefined> {
  const community = await deps.store.communities.get(communityId);
  if (!community) return undefined;
  const members = await deps.store.members.list(communityId);
  const member = members.find((m) => m.aadObjectId === identity.oid) ?? (identity.userId ? members.find((m) => m.userId === identity.userId) : undefined);
  if (!member) return undefined;
  await remember(deps, identity.oid, communityId);
  return { community: community.value, member };
}

/** The communities this person opened before, for the personal tab. */
export async function rememberedCommunities(deps: Deps, oid: string): Promise<string[]> {
  return (await deps.store.documents.get<{ communityIds: string[] }>(USER_COMMUNITIES, oid))?.value.communityIds ?? [];
}

async function remember(deps: Deps, oid: string, communityId: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const stored = await deps.store.documents.get<{ communityIds: string[] }>(USER_COMMUNITIES, oid);
    if (stored?.value.communityIds.includes(communityId)) return;
    const communityIds = [...(stored?.value.communityIds ?? []), communityId];
    if ((await deps.store.documents.save(USER_COMMUNITIES, oid, { communityIds }, stored?.version ?? null)).ok) return;
  }
}
