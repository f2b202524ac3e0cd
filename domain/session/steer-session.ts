import { closeSurveysLeft } from '../activities/survey/survey-close';
import type { ChannelRef, Community } from '../community/community';
import { retryOnConflict } from '../concurrency';
import { fail, ok, type Result } from '../errors';
import { summariseIfEnded } from '../report/session-summary';
import type { Deps } from '../ports';
import type { Phase } from './formats';
import type { PhaseSettings, Session } from './session';
import { endedSession, movePhase, phaseFor, toPhase, withPhaseSettings } from './session';
import { namesOf } from './start-session';

export interface SteerInput {
  channel: ChannelRef;
  actorId: string;
}

export interface Steered {
  session: Session;
  community: Community;
}

/** `/next` and back: moves the running session one phase. Facilitators only. */
export function moveSessionPhase(deps: Deps, input: SteerInput, step: 1 | -1): Promise<Result<Steered>> {
  return steer(deps, input, (session) => movePhase(session, step, deps.clock.now()));
}

/**
 * `/brainstorm`, `/vote`, …: goes to the phase of that activity (see `phaseFor`) and may set what the
 * facilitator asks there. Facilitators only; fails with `noSuchPhase` when the agenda has none.
 */
export function goToActivity(
  deps: Deps,
  input: SteerInput,
  fits: (phase: Phase) => boolean,
  settings?: PhaseSettings,
): Promise<Result<Steered>> {
  return steer(deps, input, (session) => {
    const index = phaseFor(session, fits);
    if (index === undefined) return fail('errors.session.noSuchPhase');
    const moved = toPhase(session, index, deps.clock.now());
    return moved.ok && settings ? ok(withPhaseSettings(moved.value, index, settings)) : moved;
  });
}

/** `/end-session`: ends the running session. Facilitators only. */
export function endSession(deps: Deps, input: SteerInput): Promise<Result<Steered>> {
  return steer(deps, input, (session) => endedSession(session, deps.clock.now()));
}

/** The running session of the channel's community, if any (for anyone, e.g. to show the agenda). */
export async function runningSession(deps: Deps, channel: ChannelRef): Promise<Steered | undefined> {
  const community = await deps.store.communities.findByChannel(channel);
  if (!community) return undefined;
  const latest = await deps.store.sessions.latest(community.value.id);
  if (latest?.value.state.kind !== 'running') return undefined;
  return { session: latest.value, community: community.value };
}

/** Changes the running session of the channel's community as `change` says. Facilitators only. */
export const steerSession = (
  deps: Deps,
  input: SteerInput,
  change: (s: Session) => Result<Session>,
): Promise<Result<Steered>> => steer(deps, input, change);

function steer(deps: Deps, input: SteerInput, change: (s: Session) => Result<Session>): Promise<Result<Steered>> {
  return retryOnConflict(async () => {
    const community = await deps.store.communities.findByChannel(input.channel);
    if (!community) return fail('errors.session.noneRunning');
    const role = (await deps.store.members.get(community.value.id, input.actorId))?.role;
    if (role !== 'facilitator')
      return fail('errors.role.facilitatorOnly', { facilitators: await namesOf(deps, community.value.id) });
    const latest = await deps.store.sessions.latest(community.value.id);
    if (!latest || latest.value.state.kind !== 'running') return fail('errors.session.noneRunning');
    const changed = change(latest.value);
    if (!changed.ok) return changed;
    const saved = await deps.store.sessions.save(changed.value, latest.version);
    if (!saved.ok) return 'conflict';
    await closeSurveysLeft(deps, latest.value, changed.value);
    await summariseIfEnded(deps, latest.value, changed.value);
    return ok({ session: changed.value, community: community.value });
  });
}
