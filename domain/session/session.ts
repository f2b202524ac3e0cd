import type { CheckInVariant } from '../activities/check-in/check-in';
import { fail, ok, type Result } from '../errors';
import { agendaFor, type FormatId, type Phase } from './formats';

export type SessionState =
  | { kind: 'planned' }
  | { kind: 'running'; phaseIndex: number; phaseStartedAt: string }
  | { kind: 'ended'; endedAt: string };

/** A meeting of a community: an agenda of phases walked through one at a time. */
export interface Session {
  id: string;
  communityId: string;
  /** 1 for the community's first session. */
  number: number;
  format: FormatId;
  agenda: Phase[];
  state: SessionState;
  startedAt?: string;
  startedBy?: string;
  /** Index into the check-in question bank, so every session asks another question. */
  questionIndex: number;
  /** The facilitator chose to let phases move on by themselves when their timebox is over. */
  autoAdvance?: boolean;
  /** What the facilitator set per phase (by index): a prompt, vote rules, when votes were revealed. */
  settings?: Record<string, PhaseSettings>;
  /** The closing questionnaire sent ahead that this session discusses: its survey phase shares those answers. */
  closingSurveyId?: string;
  /** The driver's end goal when the session started: its first card recalls what the community works toward. */
  driverGoal?: string;
}

export interface PhaseSettings {
  prompt?: string;
  /** The check-in's form: the weather, a colour, or one word. */
  checkInVariant?: CheckInVariant;
  /** A survey is anonymous unless the facilitator chose `false` (named: answers per member, changeable). */
  anonymous?: boolean;
  dots?: number;
  capPerItem?: number;
  /** When the facilitator, done condensing, opened the dot-vote. */
  voteOpenedAt?: string;
  /** When the votes, or the post-its of a board that was hidden until revealed, were revealed. */
  revealedAt?: string;
  /** A board's post-its show to the group only once a facilitator reveals them (board-visibility.ts). */
  hiddenUntilReveal?: boolean;
}

export const phaseSettings = (session: Session, index: number): PhaseSettings =>
  session.settings?.[String(index)] ?? {};

export const withPhaseSettings = (session: Session, index: number, patch: PhaseSettings): Session => ({
  ...session,
  settings: { ...session.settings, [String(index)]: { ...phaseSettings(session, index), ...patch } },
});

export interface NewSession {
  id: string;
  communityId: string;
  number: number;
  format: FormatId;
  startedBy: string;
  questionIndex: number;
  now: Date;
  /** The agenda as the facilitators edited it beforehand (in the tab); else the format's. */
  agenda?: Phase[];
}

/** A session that starts at once, in its first phase. */
export function startedSession(input: NewSession): Session {
  const now = input.now.toISOString();
  return {
    id: input.id,
    communityId: input.communityId,
    number: input.number,
    format: input.format,
    agenda: input.agenda ? [...input.agenda] : agendaFor(input.format),
    state: { kind: 'running', phaseIndex: 0, phaseStartedAt: now },
    startedAt: now,
    startedBy: input.startedBy,
    questionIndex: input.questionIndex,
  };
}

export const isRunning = (session: Session): boolean => session.state.kind === 'running';

export function currentPhase(session: Session): { index: number; phase: Phase } | undefined {
  if (session.state.kind !== 'running') return undefined;
  const phase = session.agenda[session.state.phaseIndex];
  return phase ? { index: session.state.phaseIndex, phase } : undefined;
}

/** Moves to the next phase (`step` 1) or back (`step` -1). */
export function movePhase(session: Session, step: 1 | -1, now: Date): Result<Session> {
  if (session.state.kind !== 'running') return fail('errors.session.noneRunning');
  const target = session.state.phaseIndex + step;
  if (target >= session.agenda.length) return fail('errors.session.lastPhase');
  if (target < 0) return fail('errors.session.firstPhase');
  return ok({ ...session, state: { kind: 'running', phaseIndex: target, phaseStartedAt: now.toISOString() } });
}

/** Contributions are taken while the session runs, for phases that exist. */
export function acceptsContributions(session: Session, phaseIndex: number): Result<Phase> {
  const phase = session.agenda[phaseIndex];
  if (!phase) return fail('errors.session.unknown');
  if (session.state.kind === 'ended') return fail('errors.activity.sessionEnded', { number: session.number });
  return ok(phase);
}

/** Jumps to a phase by index (a facilitator skipping ahead or going back to an activity). */
export function toPhase(session: Session, index: number, now: Date): Result<Session> {
  if (session.state.kind !== 'running') return fail('errors.session.noneRunning');
  if (!session.agenda[index]) return fail('errors.session.unknown');
  if (index === session.state.phaseIndex) return ok(session);
  return ok({ ...session, state: { kind: 'running', phaseIndex: index, phaseStartedAt: now.toISOString() } });
}

/** The phase for an activity: the current one if it fits, else the next that fits, else the last before. */
export function phaseFor(session: Session, fits: (phase: Phase) => boolean): number | undefined {
  const current = session.state.kind === 'running' ? session.state.phaseIndex : 0;
  const order = [...session.agenda.keys()].sort((a, b) => rankFrom(a, current) - rankFrom(b, current));
  return order.find((i) => fits(session.agenda[i] as Phase));
}

const rankFrom = (index: number, current: number): number =>
  index >= current ? index - current : 1000 + current - index;

export function endedSession(session: Session, now: Date): Result<Session> {
  if (session.state.kind !== 'running') return fail('errors.session.noneRunning');
  return ok({ ...session, state: { kind: 'ended', endedAt: now.toISOString() } });
}
