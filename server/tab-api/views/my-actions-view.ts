import { ACTION_KIND, type ActionItem } from '../../../domain/activities/actions/actions';
import type { Deps } from '../../../domain/ports';
import type { Identity } from '../../auth/sso-token';
import { memberOf, rememberedCommunities } from '../access';

/** A person's actions in every community they opened the tab in, open ones first, by due date. */
export async function myActionsView(deps: Deps, identity: Identity) {
  const groups = [];
  for (const communityId of await rememberedCommunities(deps, identity.oid)) {
    const access = await memberOf(deps, communityId, identity);
    if (!access) continue;
    const all = await deps.store.contributions.listInCommunity<ActionItem>(communityId, ACTION_KIND);
    const mine = all.filter((a) => a.data.ownerId === access.member.userId);
    const actions = mine
      .map((a) => ({ id: a.id, sessionId: a.sessionId, ...a.data }))
      .sort((a, b) => (a.status === b.status ? a.due.localeCompare(b.due) : a.status === 'open' ? -1 : 1));
    groups.push({ communityId, communityName: access.community.name, actions });
  }
  return groups;
}
