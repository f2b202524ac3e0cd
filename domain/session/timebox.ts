import { collection } from '../collection';
import { closeSurveysLeft } from '../activities/survey/survey-close';
import { retryOnConflict } from '../concurrency';
import { ok, type Result } from '../errors';
import type { Deps } from '../ports';
import { movePhase, type Session } from './session';
import { steerSession, type Steered, type SteerInput } from './steer-session';

/** Sessions whose phases move on by themselves; one document each (id: session id), so a timer lists few. */
export const AUTO_ADVANCE_COLLECTION = 'auto-advance';

export interface AutoAdvanceMarker {
  communityId: string;
}

export const autoAdvanceMarkers = collection<AutoAdvanceMarker>(AUTO_ADVANCE_COLLECTION);

/** When the current phase's timebox is over, or undefined when the session does not run. */
export function phaseEndsAt(session: Session): Date | undefined {
  if (session.state.kind !== 'running') return undefined;
  const phase = session.agenda[session.state.phaseIndex];
  return phase ? new Date(Date.parse(session.state.phaseStartedAt) + phase.minutes * 60_000) : undefined;
}

/**
 * `/auto on|off` (`/auto aan|uit`): phases follow their timeboxes, or only the facilitator moves them. Facilitators
 * only.
 */
export async function setAutoAdvance(deps: Deps, input: SteerInput, on: boolean): Promise<Result<Steered>> {
  const steered = await steerSession(deps, input, (session) => ok({ ...session, autoAdvance: on }));
  if (!steered.ok) return steered;
  const id = steered.value.session.id;
  const marker = await deps.store.documents.get(autoAdvanceMarkers, id);
  if (on && !marker)
    await deps.store.documents.save(autoAdvanceMarkers, id, { communityId: steered.value.session.communityId }, null);
  if (!on && marker) await deps.store.documents.remove(autoAdvanceMarkers, id, marker.version);
  return steered;
}

/**
 * Moves on every auto-advancing session whose phase is over, one phase at a time: after downtime the
 * overdue phase ends now and the next one gets its whole timebox. The save is version-guarded, so with
 * several instances only one moves a session. A session that ended (or stopped auto-advancing) is dropped.
 * The last phase is not ended by the clock: ending the session stays the facilitator's.
 */
export async function advanceDuePhases(deps: Deps): Promise<Session[]> {
  const moved: Session[] = [];
  for (const marker of await deps.store.documents.list(autoAdvanceMarkers)) {
    const result = await advanceIfDue(deps, marker.id);
    if (result === 'drop') await deps.store.documents.remove(autoAdvanceMarkers, marker.id, marker.version);
    else if (result) moved.push(result);
  }
  return moved;
}

async function advanceIfDue(deps: Deps, sessionId: string): Promise<Session | 'drop' | undefined> {
  const result = await retryOnConflict(async () => {
    const stored = await deps.store.sessions.get(sessionId);
    if (!stored || stored.value.state.kind !== 'running' || !stored.value.autoAdvance)
      return ok<Session | 'drop' | undefined>('drop');
    const now = deps.clock.now();
    const ends = phaseEndsAt(stored.value);
    if (!ends || ends > now) return ok<Session | 'drop' | undefined>(undefined);
    const next = movePhase(stored.value, 1, now);
    if (!next.ok) return ok<Session | 'drop' | undefined>(undefined);
    const saved = await deps.store.sessions.save(next.value, stored.version);
    if (!saved.ok) return 'conflict';
    await closeSurveysLeft(deps, stored.value, next.value);
    return ok<Session | 'drop' | undefined>(next.value);
  });
  return result.ok ? result.value : undefined;
}
