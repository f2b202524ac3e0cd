import { fail, ok, type Result } from '../errors';
import type { Deps } from '../ports';
import type { Phase } from '../session/formats';
import { phaseSettings, withPhaseSettings, type PhaseSettings, type Session } from '../session/session';
import { namesOf } from '../session/start-session';
import { activityContext, type ActivityContext, type ActivityTarget } from './activity-context';

/**
 * A facilitator changes what a phase's settings say (open a vote, reveal votes or a hidden board): `patch` answers
 * what to change, nothing when it is done already. Facilitators only; 'conflict' when someone saved the session
 * first (retry).
 */
export async function markPhase(
  deps: Deps,
  target: ActivityTarget,
  fits: (phase: Phase) => boolean,
  patch: (settings: PhaseSettings, session: Session) => PhaseSettings | Promise<PhaseSettings>,
): Promise<Result<ActivityContext> | 'conflict'> {
  const context = await activityContext(deps, target, fits);
  if (!context.ok) return context;
  if (context.value.role !== 'facilitator')
    return fail('errors.role.facilitatorOnly', { facilitators: await namesOf(deps, context.value.community.id) });
  const session = context.value.session;
  const change = await patch(phaseSettings(session.value, target.phaseIndex), session.value);
  if (Object.keys(change).length === 0) return context;
  const marked = withPhaseSettings(session.value, target.phaseIndex, change);
  const saved = await deps.store.sessions.save(marked, session.version);
  if (!saved.ok) return 'conflict';
  return ok({ ...context.value, session: { value: marked, version: saved.version } });
}

/** A facilitator reveals what a phase kept hidden (votes, a hidden board's post-its) while `hidden` says it is. */
export const revealPhase = (
  deps: Deps,
  target: ActivityTarget,
  fits: (phase: Phase) => boolean,
  hidden: (session: Session, phaseIndex: number) => boolean,
): Promise<Result<ActivityContext> | 'conflict'> =>
  markPhase(deps, target, fits, (_, session) =>
    hidden(session, target.phaseIndex) ? { revealedAt: deps.clock.now().toISOString() } : {},
  );
