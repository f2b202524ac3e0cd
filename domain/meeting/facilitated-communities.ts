import type { Community } from '../community/community';
import { rememberedCommunities } from '../community/user-communities';
import { isArchived } from '../data/archived';
import type { Deps } from '../ports';

/** Who asks: the bot knows a Teams user id, the tab an Entra object id (and in local mode the user id too). */
export interface Asker {
  userId?: string;
  aadObjectId?: string;
}

/** A community someone facilitates, with the user id they have in it (the one use cases check). */
export interface Facilitated {
  community: Community;
  userId: string;
}

/** The communities, not archived, in which the asker is a facilitator, by name: what a meeting can be linked to. */
export async function communitiesFacilitatedBy(deps: Deps, asker: Asker): Promise<Facilitated[]> {
  const byUser = asker.userId ? await deps.store.members.listByUser(asker.userId) : [];
  const remembered = asker.aadObjectId ? await rememberedCommunities(deps, asker.aadObjectId) : [];
  const ids = [...new Set([...byUser.map((m) => m.communityId), ...remembered])];
  const found: Facilitated[] = [];
  for (const id of ids) {
    const members = await deps.store.members.list(id);
    const me = members.find(
      (m) => (asker.userId && m.userId === asker.userId) || (asker.aadObjectId && m.aadObjectId === asker.aadObjectId),
    );
    const community = me?.role === 'facilitator' ? await deps.store.communities.get(id) : undefined;
    if (me && community && !isArchived(community.value)) found.push({ community: community.value, userId: me.userId });
  }
  return found.sort((a, b) => a.community.name.localeCompare(b.community.name));
}
