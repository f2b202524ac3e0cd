import { fail, ok, type Result } from '../errors';
import type { Deps } from '../ports';
import type { Phase } from '../session/formats';
import { withPhaseSettings, type Session } from '../session/session';
import { namesOf } from '../session/start-session';
import { activityContext, type ActivityContext, type ActivityTarget } from './activity-context';

/**
 * A facilitator reveals what a phase kept hidden (votes, a hidden board's post-its): its `revealedAt` is set when
 * `hidden` says it still is. Facilitators only; 'conflict' when someone saved the session first (retry).
 */
export async function revealPhase(
  deps: Deps,
  target: ActivityTarget,
  fits: (phase: Phase) => boolean,
  hidden: (session: Session, phaseIndex: number) => boolean,
): Promise<Result<ActivityContext> | 'conflict'> {
  const context = await activityContext(deps, target, fits);
  if (!context.ok) return context;
  if (context.value.role !== 'facilitator')
    return fail('errors.role.facilitatorOnly', { facilitators: await namesOf(deps, context.value.community.id) });
  const session = context.value.session;
  if (!hidden(session.value, target.phaseIndex)) return context;
  const revealed = withPhaseSettings(session.value, target.phaseIndex, { revealedAt: deps.clock.now().toISOString() });
  const saved = await deps.store.sessions.save(revealed, session.version);
  if (!saved.ok) return 'conflict';
  return ok({ ...context.value, session: { value: revealed, version: saved.version } });
}
