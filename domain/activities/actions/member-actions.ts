import type { Member } from '../../community/community';
import { rememberedCommunities } from '../../community/user-communities';
import type { Deps } from '../../ports';
import { ACTION_KIND, type ActionItem } from './actions';

/** Who asks for their actions: the Entra object id, and the Teams (or Playground) user id when known. */
export interface ActionsOwner {
  aadObjectId?: string;
  userId?: string;
}

/** One of a person's actions, with the session it was agreed in. */
export interface OwnAction extends ActionItem {
  id: string;
  sessionId: string;
  sessionNumber: number;
}

/** A person's actions in one community. */
export interface CommunityActions {
  communityId: string;
  communityName: string;
  actions: OwnAction[];
}

/**
 * A person's actions in every community they belong to, open ones first, by due date. Communities
 * where they own nothing (or, with `openOnly`, nothing open) are left out.
 */
export async function actionsAcrossCommunities(
  deps: Deps,
  owner: ActionsOwner,
  options: { openOnly?: boolean } = {},
): Promise<CommunityActions[]> {
  const groups: CommunityActions[] = [];
  for (const communityId of await communitiesOf(deps, owner)) {
    const community = await deps.store.communities.get(communityId);
    const member = community && memberFor(await deps.store.members.list(communityId), owner);
    if (!community || !member) continue;
    const all = await deps.store.contributions.listInCommunity<ActionItem>(communityId, ACTION_KIND);
    const mine = all.filter((a) => a.data.ownerId === member.userId && (!options.openOnly || a.data.status === 'open'));
    if (mine.length === 0) continue;
    const numbers = await sessionNumbers(deps, new Set(mine.map((a) => a.sessionId)));
    const actions = mine
      .map((a) => ({ id: a.id, sessionId: a.sessionId, sessionNumber: numbers.get(a.sessionId) ?? 0, ...a.data }))
      .sort(openFirstByDue);
    groups.push({ communityId, communityName: community.value.name, actions });
  }
  return groups;
}

/** The member behind a person: on the Entra object id, or on the user id (the Playground has no Entra). */
export const memberFor = <M extends Member>(members: readonly M[], owner: ActionsOwner): M | undefined =>
  (owner.aadObjectId ? members.find((m) => m.aadObjectId === owner.aadObjectId) : undefined) ??
  (owner.userId ? members.find((m) => m.userId === owner.userId) : undefined);

/** The communities the tab or the bot met the person in, and those where they are a member by user id. */
export async function communitiesOf(deps: Deps, owner: ActionsOwner): Promise<string[]> {
  const remembered = owner.aadObjectId ? await rememberedCommunities(deps, owner.aadObjectId) : [];
  const joined = owner.userId ? await deps.store.members.listByUser(owner.userId) : [];
  return [...new Set([...remembered, ...joined.map((m) => m.communityId)])];
}

const openFirstByDue = (a: OwnAction, b: OwnAction): number =>
  a.status === b.status ? a.due.localeCompare(b.due) : a.status === 'open' ? -1 : 1;

async function sessionNumbers(deps: Deps, ids: Set<string>): Promise<Map<string, number>> {
  const numbers = new Map<string, number>();
  for (const id of ids) {
    const session = await deps.store.sessions.get(id);
    if (session) numbers.set(id, session.value.number);
  }
  return numbers;
}
