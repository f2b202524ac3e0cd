import { joinIfNew } from '../community/join';
import type { Person } from '../community/community';
import { retryOnConflict } from '../concurrency';
import { refuseIfArchived } from '../data/archived';
import { fail, ok, type Result } from '../errors';
import type { Deps, Stored } from '../ports';
import type { LocalDate, LocalTime } from '../schedule/local-date';
import type { PlannedSession } from '../schedule/planned-session';
import { findPlannedSession, type NumberedPlannedSession } from '../schedule/schedule-queries';
import { parseSurvey } from './survey';
import { answerInPool, poolState, type PoolState, type SurveyPool } from './survey-pool';

/**
 * The closing session's impact questionnaire, sent ahead (handbook §5): members answer before the
 * session, by its start, so the session can discuss the results. Its answers are a survey pool of
 * their own; the closing session's survey phase shares that pool (see `closingSurveyToDiscuss`), so
 * the results there include every answer given ahead, and whoever answered ahead cannot answer twice.
 */
export const CLOSING_SURVEYS = 'closing-surveys';

/** Document ids are `<communityId>/<planned key>`, so a community's questionnaires list by prefix. */
export const closingSurveyId = (communityId: string, plannedKey: string): string => `${communityId}/${plannedKey}`;
export const closingSurveysPrefix = (communityId: string): string => `${communityId}/`;

/** A session started this long after a questionnaire's deadline still discusses it (a closing session held late). */
const DISCUSS_WINDOW_MS = 14 * 24 * 3_600_000;

export interface ClosingSurvey {
  communityId: string;
  /** The planned closing session's calendar key: it stays when the session is moved. */
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

/** A questionnaire as a member sees it now. */
export interface ClosingSurveyState extends PoolState {
  id: string;
  survey: ClosingSurvey;
  /** Still taking answers here: before the deadline, in a community that is not archived. */
  accepting: boolean;
}

export const closingSurveyPool = (survey: ClosingSurvey): SurveyPool => ({
  communityId: survey.communityId,
  sessionId: `closing-survey:${survey.plannedKey}`,
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
 * Opens the questionnaire for a planned closing session, or brings an open one up to date when the
 * session was moved. Its mode and its answers stay as they are: sending the reminder again is safe.
 */
export function openClosingSurvey(deps: Deps, planned: NumberedPlannedSession, anonymous: boolean): Promise<Result<ClosingSurveyState>> {
  const id = closingSurveyId(planned.communityId, planned.key);
  return retryOnConflict(async () => {
    const stored = await deps.store.documents.get<ClosingSurvey>(CLOSING_SURVEYS, id);
    const survey: ClosingSurvey = stored
      ? { ...stored.value, ...plannedPart(planned) }
      : { communityId: planned.communityId, plannedKey: planned.key, anonymous, openedAt: deps.clock.now().toISOString(), number: planned.number, ...plannedPart(planned) };
    const saved = await deps.store.documents.save(CLOSING_SURVEYS, id, survey, stored?.version ?? null);
    if (!saved.ok) return 'conflict';
    return ok(await stateOf(deps, id, survey, ''));
  });
}

/** The questionnaire as `userId` sees it; `unknown` for a card whose questionnaire no longer exists. */
export async function closingSurveyState(deps: Deps, id: string, userId: string): Promise<Result<ClosingSurveyState>> {
  const stored = await deps.store.documents.get<ClosingSurvey>(CLOSING_SURVEYS, id);
  if (!stored) return fail('errors.survey.unknown');
  return ok(await stateOf(deps, id, stored.value, userId));
}

/** A member's answers ahead of the closing session; refused after the deadline (the session's own survey phase still takes them). */
export async function answerClosingSurvey(deps: Deps, input: { id: string; actor: Person; raw: Record<string, unknown> }, random: () => number): Promise<Result<ClosingSurveyState>> {
  const current = await closingSurveyState(deps, input.id, input.actor.userId);
  if (!current.ok) return current;
  const { survey } = current.value;
  const community = await deps.store.communities.get(survey.communityId);
  if (!community) return fail('errors.survey.unknown');
  const archived = refuseIfArchived(community.value);
  if (archived) return archived;
  if (!current.value.accepting) return fail('errors.survey.closed');
  const answers = parseSurvey(input.raw);
  if (!answers.ok) return answers;
  const role = await joinIfNew(deps, survey.communityId, input.actor);
  if (role === 'observer') return fail('errors.role.observerCannotContribute');
  const answered = await answerInPool(deps, closingSurveyPool(survey), input.actor, answers.value, random);
  if (!answered.ok) return answered;
  return ok(await stateOf(deps, input.id, survey, input.actor.userId));
}

/**
 * The questionnaire a session that starts now discusses: sent ahead, not yet discussed, with a deadline
 * at most two weeks ago (the earliest such one). Only sessions with a survey phase ask.
 */
export async function closingSurveyToDiscuss(deps: Deps, communityId: string): Promise<Stored<ClosingSurvey> & { id: string } | undefined> {
  const now = deps.clock.now().getTime();
  const candidates = (await deps.store.documents.list<ClosingSurvey>(CLOSING_SURVEYS, closingSurveysPrefix(communityId)))
    .filter((d) => d.value.sessionId === undefined && Date.parse(d.value.deadline) + DISCUSS_WINDOW_MS >= now)
    .sort((a, b) => Date.parse(a.value.deadline) - Date.parse(b.value.deadline));
  return candidates[0];
}

/** Records which session discusses the questionnaire, so no later session takes it over. */
export async function markDiscussed(deps: Deps, id: string, sessionId: string): Promise<void> {
  await retryOnConflict(async () => {
    const stored = await deps.store.documents.get<ClosingSurvey>(CLOSING_SURVEYS, id);
    if (!stored || stored.value.sessionId !== undefined) return ok(undefined);
    const saved = await deps.store.documents.save(CLOSING_SURVEYS, id, { ...stored.value, sessionId }, stored.version);
    return saved.ok ? ok(undefined) : 'conflict';
  });
}

export async function loadClosingSurvey(deps: Deps, id: string): Promise<ClosingSurvey | undefined> {
  return (await deps.store.documents.get<ClosingSurvey>(CLOSING_SURVEYS, id))?.value;
}

/** The stored questionnaire with the schedule's current date and deadline (the session may have moved since). */
async function stateOf(deps: Deps, id: string, stored: ClosingSurvey, userId: string): Promise<ClosingSurveyState> {
  const planned = await findPlannedSession(deps, stored.communityId, stored.plannedKey);
  const survey = planned ? { ...stored, ...plannedPart(planned) } : stored;
  const community = await deps.store.communities.get(survey.communityId);
  const accepting = deps.clock.now().getTime() < Date.parse(survey.deadline) && community !== undefined && community.value.archivedAt === undefined;
  return { id, survey, accepting, ...(await poolState(deps, closingSurveyPool(survey), userId)) };
}
