import { collection } from '../../collection';
import { joinIfNew } from '../../community/join';
import type { Person } from '../../community/community';
import { retryOnConflict } from '../../concurrency';
import { refuseIfArchived } from '../../data/archived';
import { fail, ok, type Result } from '../../errors';
import type { Deps, Stored } from '../../ports';
import type { LocalDate, LocalTime } from '../../schedule/local-date';
import type { PlannedSession } from '../../schedule/planned-session';
import { findPlannedSession, plannedSessionNow, type NumberedPlannedSession } from '../../schedule/schedule-queries';
import { parseSurvey } from '../survey/survey';
import { answerInPool, poolState, refuseChangedMode, type PoolState, type SurveyPool } from '../survey/survey-pool';

/**
 * The closing session's impact questionnaire, sent ahead (handbook §5): members answer before the
 * session, by its start, so the session can discuss the results. Its answers are a survey pool of
 * their own; the closing session's survey phase shares that pool (see `closingSurveyToDiscuss`), so
 * the results there include every answer given ahead, and whoever answered ahead cannot answer twice.
 */
export const CLOSING_SURVEYS = 'closing-surveys';
/** A questionnaire stored before it named its pool kept its answers in the pool of the planned key it went out for. */
export const closingSurveys = collection<ClosingSurvey>(CLOSING_SURVEYS, (raw) => {
  const survey = raw as Omit<ClosingSurvey, 'poolId'> & { poolId?: string };
  return { ...survey, poolId: survey.poolId ?? `closing-survey:${survey.plannedKey}` };
});

/**
 * Document ids are `<communityId>/<key of the planned session it first went out for>`, so a community's questionnaires
 * list by prefix.
 */
const closingSurveyId = (communityId: string, plannedKey: string): string => `${communityId}/${plannedKey}`;
export const closingSurveysPrefix = (communityId: string): string => `${communityId}/`;

/** A session started this long after a questionnaire's deadline still discusses it (a closing session held late). */
const DISCUSS_WINDOW_MS = 14 * 24 * 3_600_000;

export interface ClosingSurvey {
  communityId: string;
  /** Where its answers are kept (`closing-survey:<first planned key>`): set when it first went out, never changed. */
  poolId: string;
  /**
   * The planned closing session it is for (its calendar key stays when the session is moved). When that session is
   * cancelled or no longer a closing one, the questionnaire pauses, and the next closing session planned takes it over
   * with its answers, so nobody answers twice.
   */
  plannedKey: string;
  anonymous: boolean;
  /** When it went out: the one time its anonymous records carry. */
  openedAt: string;
  /** The planned session as it was when the questionnaire last went out; the schedule, when it still has it, wins. */
  number: number;
  localDate: LocalDate;
  localStart: LocalTime;
  timeZone: string;
  /** Answers are taken here until this instant (ISO): the planned session's start. */
  deadline: string;
  /** The session that discusses it, once started: its survey phase shows these answers and takes more. */
  sessionId?: string;
}

/**
 * `paused`: its closing session was taken off the schedule (or is no longer a closing one) before the deadline.
 * `shown`: the closing session closed its survey and showed the results, so it takes no more answers anywhere.
 */
export type ClosingSurveyStatus = 'open' | 'closed' | 'paused' | 'archived' | 'shown';

/** A questionnaire as a member sees it now. */
export interface ClosingSurveyState extends PoolState {
  id: string;
  survey: ClosingSurvey;
  status: ClosingSurveyStatus;
  /** Still taking answers here: open, before the deadline, in a community that is not archived. */
  accepting: boolean;
}

type StoredSurvey = Stored<ClosingSurvey> & { id: string };

export const closingSurveyPool = (survey: ClosingSurvey): SurveyPool => ({
  communityId: survey.communityId,
  sessionId: survey.poolId,
  phaseIndex: 0,
  anonymous: survey.anonymous,
  since: survey.openedAt,
});

const plannedPart = (planned: NumberedPlannedSession | PlannedSession) => ({
  ...('number' in planned ? { number: planned.number } : {}),
  localDate: planned.localDate,
  localStart: planned.localStart,
  timeZone: planned.timeZone,
  deadline: planned.start,
});

/**
 * Opens the questionnaire for a planned closing session, or brings its open one up to date (the session was moved, or
 * the reminder goes out again). A questionnaire paused because its closing session was cancelled is taken over, answers
 * and mode included. Otherwise its mode and answers stay as they are: sending the reminder again is safe.
 */
export function openClosingSurvey(
  deps: Deps,
  planned: NumberedPlannedSession,
  anonymous: boolean,
): Promise<Result<ClosingSurveyState>> {
  return retryOnConflict(async () => {
    const all = await surveysOf(deps, planned.communityId);
    const existing = all.find((d) => d.value.plannedKey === planned.key) ?? (await firstPaused(deps, all));
    const id = existing?.id ?? closingSurveyId(planned.communityId, planned.key);
    const survey: ClosingSurvey = existing
      ? { ...existing.value, plannedKey: planned.key, number: planned.number, ...plannedPart(planned) }
      : {
          communityId: planned.communityId,
          poolId: `closing-survey:${planned.key}`,
          plannedKey: planned.key,
          anonymous,
          openedAt: deps.clock.now().toISOString(),
          number: planned.number,
          ...plannedPart(planned),
        };
    const saved = await deps.store.documents.save(closingSurveys, id, survey, existing?.version ?? null);
    if (!saved.ok) return 'conflict';
    return ok(await stateOf(deps, id, survey, ''));
  });
}

const surveysOf = async (deps: Deps, communityId: string): Promise<StoredSurvey[]> =>
  deps.store.documents.list(closingSurveys, closingSurveysPrefix(communityId));

/** A questionnaire not yet discussed whose closing session is no longer on the schedule as one. */
async function firstPaused(deps: Deps, all: readonly StoredSurvey[]): Promise<StoredSurvey | undefined> {
  for (const d of all) {
    if (d.value.sessionId !== undefined) continue;
    const planned = await findPlannedSession(deps, d.value.communityId, d.value.plannedKey);
    if (!planned?.closing) return d;
  }
  return undefined;
}

/** The questionnaire as `userId` sees it; `unknown` for a card whose questionnaire no longer exists. */
export async function closingSurveyState(deps: Deps, id: string, userId: string): Promise<Result<ClosingSurveyState>> {
  const stored = await deps.store.documents.get(closingSurveys, id);
  if (!stored) return fail('errors.survey.unknown');
  return ok(await stateOf(deps, id, stored.value, userId));
}

/**
 * A member's answers ahead of the closing session; refused after the deadline (the session's own survey phase still
 * takes them).
 */
export async function answerClosingSurvey(
  deps: Deps,
  input: { id: string; actor: Person; raw: Record<string, unknown> },
  random: () => number,
): Promise<Result<ClosingSurveyState>> {
  const current = await closingSurveyState(deps, input.id, input.actor.userId);
  if (!current.ok) return current;
  const { survey } = current.value;
  const community = await deps.store.communities.get(survey.communityId);
  if (!community) return fail('errors.survey.unknown');
  const archived = refuseIfArchived(community.value);
  if (archived) return archived;
  if (current.value.status === 'paused') return fail('errors.survey.paused');
  if (current.value.status === 'shown') return fail('errors.survey.resultsShown');
  if (!current.value.accepting) return fail('errors.survey.closed');
  const changed = refuseChangedMode(input.raw, closingSurveyPool(survey));
  if (changed) return changed;
  const answers = parseSurvey(input.raw);
  if (!answers.ok) return answers;
  const role = await joinIfNew(deps, survey.communityId, input.actor);
  if (role === 'observer') return fail('errors.role.observerCannotContribute');
  const answered = await answerInPool(deps, closingSurveyPool(survey), input.actor, answers.value, random);
  if (!answered.ok) return answered;
  return ok(await stateOf(deps, input.id, survey, input.actor.userId));
}

/**
 * The questionnaire a session that starts now discusses (only sessions with a survey phase ask): the one of the
 * planned closing session being held now, also when an earlier start of it was ended by mistake; else the earliest
 * not yet discussed whose closing session is still planned, with a deadline at most two weeks ago (held late).
 */
export async function closingSurveyToDiscuss(deps: Deps, communityId: string): Promise<StoredSurvey | undefined> {
  const all = await surveysOf(deps, communityId);
  const held = await plannedSessionNow(deps, communityId);
  const forHeld = held ? all.find((d) => d.value.plannedKey === held.key) : undefined;
  if (forHeld && (forHeld.value.sessionId === undefined || (await hasEnded(deps, forHeld.value.sessionId))))
    return forHeld;
  const now = deps.clock.now().getTime();
  const candidates: StoredSurvey[] = [];
  for (const d of all) {
    if (d.value.sessionId !== undefined || Date.parse(d.value.deadline) + DISCUSS_WINDOW_MS < now) continue;
    if ((await findPlannedSession(deps, communityId, d.value.plannedKey))?.closing) candidates.push(d);
  }
  return candidates.sort((a, b) => Date.parse(a.value.deadline) - Date.parse(b.value.deadline))[0];
}

const hasEnded = async (deps: Deps, sessionId: string): Promise<boolean> =>
  (await deps.store.sessions.get(sessionId))?.value.state.kind === 'ended';

/** Records which session discusses the questionnaire (a restarted closing session takes it over from the ended one). */
export async function markDiscussed(deps: Deps, id: string, sessionId: string): Promise<void> {
  await retryOnConflict(async () => {
    const stored = await deps.store.documents.get(closingSurveys, id);
    if (!stored || stored.value.sessionId === sessionId) return ok(undefined);
    const saved = await deps.store.documents.save(closingSurveys, id, { ...stored.value, sessionId }, stored.version);
    return saved.ok ? ok(undefined) : 'conflict';
  });
}

/** The ids of the community's questionnaires that still take answers (to show them closed when it is archived). */
export async function openClosingSurveyIds(deps: Deps, communityId: string): Promise<string[]> {
  const now = deps.clock.now().getTime();
  return (await surveysOf(deps, communityId)).filter((d) => Date.parse(d.value.deadline) > now).map((d) => d.id);
}

/** The questionnaire that went out for a planned closing session, if any. */
export async function closingSurveyOfPlanned(
  deps: Deps,
  communityId: string,
  plannedKey: string,
): Promise<ClosingSurveyState | undefined> {
  const found = (await surveysOf(deps, communityId)).find((d) => d.value.plannedKey === plannedKey);
  return found ? stateOf(deps, found.id, found.value, '') : undefined;
}

export async function loadClosingSurvey(deps: Deps, id: string): Promise<ClosingSurvey | undefined> {
  return (await deps.store.documents.get(closingSurveys, id))?.value;
}

/** The stored questionnaire with the schedule's current date and deadline (the session may have moved since). */
async function stateOf(deps: Deps, id: string, stored: ClosingSurvey, userId: string): Promise<ClosingSurveyState> {
  const planned = await findPlannedSession(deps, stored.communityId, stored.plannedKey);
  const survey = planned ? { ...stored, ...plannedPart(planned) } : stored;
  const community = await deps.store.communities.get(survey.communityId);
  const beforeDeadline = deps.clock.now().getTime() < Date.parse(survey.deadline);
  const pool = await poolState(deps, closingSurveyPool(survey), userId);
  const status: ClosingSurveyStatus =
    !community || community.value.archivedAt !== undefined
      ? 'archived'
      : pool.closed
        ? 'shown'
        : !beforeDeadline
          ? 'closed'
          : planned?.closing
            ? 'open'
            : 'paused';
  return { id, survey, status, accepting: status === 'open', ...pool };
}
