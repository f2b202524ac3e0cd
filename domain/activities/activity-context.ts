import type { Community, Person, Role } from '../community/community';
import { joinIfNew } from '../community/join';
import { fail, ok, type Result } from '../errors';
import type { Deps, Stored } from '../ports';
import type { Phase } from '../session/formats';
import { acceptsContributions, type Session } from '../session/session';
import { refuseIfArchived } from '../data/archived';
import { retryOnConflict } from '../concurrency';

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

/** What a member sent for a phase: the target, and the card's fields as they came. */
export type ActivityInput = ActivityTarget & { raw: Record<string, unknown> };

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

/** Runs `use` in the phase the target names, once it passed the checks of `activityContext`. */
export async function inPhase<R>(
  deps: Deps,
  target: ActivityTarget,
  fits: (phase: Phase) => boolean,
  use: (context: ActivityContext) => Promise<R>,
): Promise<R | Result<never>> {
  const context = await activityContext(deps, target, fits);
  return context.ok ? use(context.value) : context;
}

/** The same for a change, run again (with the checks) while it meets a version conflict. */
export const changeInPhase = <T>(
  deps: Deps,
  target: ActivityTarget,
  fits: (phase: Phase) => boolean,
  change: (context: ActivityContext) => Promise<Result<T> | 'conflict'>,
): Promise<Result<T>> => retryOnConflict(() => inPhase(deps, target, fits, change));
