import { roleOf } from '../community/role-of';
import type { Deps } from '../ports';
import { namesOf } from '../session/start-session';
import { scheduleFail, scheduleOk, type ScheduleResult } from './schedule-errors';
import { ARCHIVED, isArchived } from '../data/archived';

/**
 * Planning is the facilitator's work: anyone else gets `facilitatorOnly`, with who the facilitators are.
 * An archived community plans nothing any more.
 */
export async function facilitatorCheck(
  deps: Deps,
  communityId: string,
  actorId: string,
): Promise<ScheduleResult<true>> {
  const community = await deps.store.communities.get(communityId);
  if (community && isArchived(community.value)) return scheduleFail(ARCHIVED);
  if ((await roleOf(deps, communityId, actorId)) === 'facilitator') return scheduleOk(true);
  return scheduleFail('errors.role.facilitatorOnly', { facilitators: await namesOf(deps, communityId) });
}
