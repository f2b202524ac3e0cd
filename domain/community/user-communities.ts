import { collection } from '../collection';
import type { Deps } from '../ports';

/**
 * Which communities an Entra user (by object id) belongs to, for the personal "My actions" across communities:
 * documents `tab-user-communities`, one per user. Filled when the bot meets a member (the roster, a first
 * contribution) and when the user opens a community in the tab.
 */
export const USER_COMMUNITIES = 'tab-user-communities';

export interface UserCommunities {
  communityIds: string[];
}

export const userCommunities = collection<UserCommunities>(USER_COMMUNITIES);

export async function rememberUserCommunity(deps: Deps, aadObjectId: string, communityId: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const stored = await deps.store.documents.get(userCommunities, aadObjectId);
    if (stored?.value.communityIds.includes(communityId)) return;
    const communityIds = [...(stored?.value.communityIds ?? []), communityId];
    if ((await deps.store.documents.save(userCommunities, aadObjectId, { communityIds }, stored?.version ?? null)).ok)
      return;
  }
}

/** The communities this person is known to belong to. */
export async function rememberedCommunities(deps: Deps, aadObjectId: string): Promise<string[]> {
  return (await deps.store.documents.get(userCommunities, aadObjectId))?.value.communityIds ?? [];
}
