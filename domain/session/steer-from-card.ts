import { fail, ok, type Result } from '../errors';
import type { Deps } from '../ports';
import { endedSession, movePhase, type Session } from './session';
import { steerSession, type Steered, type SteerInput } from './steer-session';

/** How many minutes "Extend" adds to the current phase's timebox. */
export const EXTEND_MINUTES = 5;

/** A facilitator's click on a phase card: the card's phase is the guard, so a double click changes nothing twice. */
export interface CardSteerInput extends SteerInput {
  phaseIndex: number;
}

/** "Next phase" on a card: moves on only while the session is still in that card's phase. */
export const nextFromCard = (deps: Deps, input: CardSteerInput): Promise<Result<Steered>> =>
  steerSession(deps, input, (s) => inPhase(s, input.phaseIndex, () => movePhase(s, 1, deps.clock.now())));

/** "End session" on the last phase's card. */
export const endFromCard = (deps: Deps, input: CardSteerInput): Promise<Result<Steered>> =>
  steerSession(deps, input, (s) => inPhase(s, input.phaseIndex, () => endedSession(s, deps.clock.now())));

/** "Extend by 5 minutes": the current phase's timebox grows, so its end (and the tab's countdown) moves too. */
export const extendFromCard = (deps: Deps, input: CardSteerInput): Promise<Result<Steered>> =>
  steerSession(deps, input, (s) => inPhase(s, input.phaseIndex, () => ok(extended(s, input.phaseIndex))));

function extended(session: Session, index: number): Session {
  const agenda = session.agenda.map((p, i) => (i === index ? { ...p, minutes: p.minutes + EXTEND_MINUTES } : p));
  return { ...session, agenda };
}

/** The change, if the session is still in the card's phase; else where the session is now. */
function inPhase(session: Session, phaseIndex: number, change: () => Result<Session>): Result<Session> {
  if (session.state.kind !== 'running') return fail('errors.session.noneRunning');
  if (session.state.phaseIndex === phaseIndex) return change();
  return fail('errors.session.movedOn', { index: session.state.phaseIndex + 1, total: session.agenda.length });
}
