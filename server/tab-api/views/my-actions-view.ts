import { actionsAcrossCommunities, type OwnAction } from '../../../domain/activities/actions/member-actions';
import { todoLinkId, todoLinks } from '../../../domain/activities/actions/todo-links';
import type { Deps } from '../../../domain/ports';
import type { Identity } from '../../auth/sso-token';
import { ownerOf } from '../access';

/**
 * A person's actions in every community they belong to, open ones first; communities without any left out. An
 * action they sent to To Do says whether its task there is in step (`todo`).
 */
export async function myActionsView(deps: Deps, identity: Identity) {
  const groups = await actionsAcrossCommunities(deps, ownerOf(identity));
  const todoOf = async (action: OwnAction): Promise<{ todo?: 'inStep' | 'outOfStep' }> => {
    const id = todoLinkId({ sessionId: action.sessionId, actionId: action.id, aadObjectId: identity.oid });
    const link = await deps.store.documents.get(todoLinks, id);
    return link ? { todo: link.value.inStep ? 'inStep' : 'outOfStep' } : {};
  };
  return Promise.all(
    groups.map(async (group) => ({
      ...group,
      actions: await Promise.all(group.actions.map(async (a) => ({ ...a, ...(await todoOf(a)) }))),
    })),
  );
}
