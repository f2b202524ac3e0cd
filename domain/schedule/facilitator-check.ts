import { roleOf } from '../community/role-of';
import type { Deps } from '../ports';
import { namesOf } from '../session/start-session';
import { fail, ok, type Result } from '../errors';
import { ARCHIVED, isArchived } from '../data/archived';

/**
 * Planning is the facilitator's work: anyone else gets `facilitatorOnly`, with who the facilitators are.
 * An archived community plans nothing any more.
 */
export async function facilitatorCheck(deps: Deps, communityId: string, actorId: string): Promise<Result<true>> {
  const community = await deps.store.communities.get(communityId);
  if (community && isArchived(community.value)) return fail(ARCHIVED);
  if ((await roleOf(deps, communityId, actorId)) === 'facilitator') return ok(true);
  return fail('errors.role.facilitatorOnly', { facilitators: await namesOf(deps, communityId) });
}
