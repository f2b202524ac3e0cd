import type { Community, Person, Role } from '../community/community';
import { joinIfNew } from '../community/join';
import { fail, ok, type Result } from '../errors';
import type { Deps, Stored } from '../ports';
import type { Phase } from '../session/formats';
import { acceptsContributions, type Session } from '../session/session';
import { refuseIfArchived } from '../data/archived';

/** Where a contribution goes and who makes it, once checked. */
export interface ActivityContext {
  session: Stored<Session>;
  community: Community;
  phase: Phase;
  phaseIndex: number;
  role: Role;
}

export interface ActivityTarget {
  sessionId: string;
  phaseIndex: number;
  actor: Person;
}

/** A session and its community, refused when either is unknown or the community is archived (read-only). */
export async function openSessionOf(
  deps: Deps,
  sessionId: string,
): Promise<Result<{ session: Stored<Session>; community: Community }>> {
  const session = await deps.store.sessions.get(sessionId);
  if (!session) return fail('errors.session.unknown');
  const community = await deps.store.communities.get(session.value.communityId);
  if (!community) return fail('errors.session.unknown');
  return refuseIfArchived(community.value) ?? ok({ session, community: community.value });
}

/**
 * The checks every contribution goes through: the session exists and still runs, the phase exists
 * and is of the right activity, and the actor is no observer (newcomers join as members).
 */
export async function activityContext(
  deps: Deps,
  target: ActivityTarget,
  fits: (phase: Phase) => boolean,
): Promise<Result<ActivityContext>> {
  const found = await openSessionOf(deps, target.sessionId);
  if (!found.ok) return found;
  const { session, community } = found.value;
  const phase = acceptsContributions(session.value, target.phaseIndex);
  if (!phase.ok) return phase;
  if (!fits(phase.value)) return fail('errors.session.unknown');
  const role = await joinIfNew(deps, community.id, target.actor);
  if (role === 'observer') return fail('errors.role.observerCannotContribute');
  return ok({ session, community, phase: phase.value, phaseIndex: target.phaseIndex, role });
}
