import type { Person } from '../../community/community';
import { retryOnConflict } from '../../concurrency';
import { fail, ok, type Result } from '../../errors';
import type { Contribution, Deps } from '../../ports';
import type { QuestionResult, SurveyAnswers, SurveyTally } from './survey';
import { addToTally, closeTally, emptyTally, surveyResults } from './survey';

export const SURVEY_ANSWERED_KIND = 'survey-answered';
export const SURVEY_TALLY_KIND = 'survey-tally';
/** A named survey's answers: one record per member, which they can change. */
export const SURVEY_NAMED_KIND = 'survey-named';

/**
 * Where one survey's answers live: a session's survey phase, or the closing questionnaire sent ahead
 * (its own record set, which the closing session's survey phase then shares; see closing-survey.ts).
 */
export interface SurveyPool {
  communityId: string;
  /** The session whose phase holds the answers, or the id under which a questionnaire sent ahead keeps them. */
  sessionId: string;
  phaseIndex: number;
  anonymous: boolean;
  /**
   * The one time every anonymous record carries (the session's start, or when the questionnaire went out): never an
   * answer's moment.
   */
  since: string;
}

export interface NamedSurveyAnswers {
  name: string;
  answers: SurveyAnswers;
}

/** A pool as `userId` sees it: whether they answered, and the aggregate once it is safe to show. */
export interface PoolState {
  anonymous: boolean;
  answered: boolean;
  answers: number;
  /** Anonymous: closed, its results shown once and no more answers taken. Named surveys never close. */
  closed: boolean;
  /** Anonymous: only once closed, and from ANONYMITY_THRESHOLD answers on. Named: from the threshold on. */
  results?: QuestionResult[];
  open?: SurveyTally['open'];
  /** Named surveys: the open answers with who gave them (from the threshold on, like the rest). */
  openNamed?: Record<string, { name: string; text: string }[]>;
  /** Named surveys: the member's own answers, to change them. */
  mine?: SurveyAnswers;
}

/**
 * A card says whether it asks anonymously (its `anonymous` data); answers from a card that promised another mode than
 * the survey has now are refused, so nobody's answer is kept in a way the card they filled in did not say.
 */
export function refuseChangedMode(
  raw: Record<string, unknown>,
  pool: Pick<SurveyPool, 'anonymous'>,
): Result<never> | undefined {
  return typeof raw.anonymous === 'boolean' && raw.anonymous !== pool.anonymous
    ? fail('errors.survey.modeChanged')
    : undefined;
}

const memberKey = (pool: SurveyPool, userId: string) => `${pool.phaseIndex}:${userId}`;

/** Takes a member's answers into a pool; `random` is for the anonymous tally's noise. */
type Answering = (
  deps: Deps,
  pool: SurveyPool,
  actor: Person,
  answers: SurveyAnswers,
  random: () => number,
) => Promise<Result<true>>;

/**
 * Takes a member's answers (decision 0002). Anonymous: who answered is kept (to refuse a second answer)
 * apart from what was answered, which only goes into the pool's tally: no record links the two.
 * Named: the answers are kept per member, who may change them.
 */
export const answerInPool: Answering = (deps, pool, actor, answers, random) =>
  (pool.anonymous ? answerAnonymously : answerNamed)(deps, pool, actor, answers, random);

const answerAnonymously: Answering = async (deps, pool, actor, answers, random) => {
  const marker = poolRecord(pool, SURVEY_ANSWERED_KIND, memberKey(pool, actor.userId), actor.userId, {}, pool.since);
  if ((await storedTally(deps, pool))?.value.data.closed) return fail('errors.survey.resultsShown');
  const marked = await deps.store.contributions.save(marker, null);
  if (!marked.ok) return fail('errors.survey.alreadyAnswered');
  const added = await retryOnConflict<true>(async () => {
    const stored = await storedTally(deps, pool);
    // Closed in the meantime: its results may already be shown, so one more answer would show in their difference.
    if (stored?.value.data.closed) return fail('errors.survey.resultsShown');
    const tally = addToTally(stored?.value.data ?? emptyTally(), answers, random);
    const record = poolRecord(pool, SURVEY_TALLY_KIND, String(pool.phaseIndex), '', tally, pool.since);
    const saved = await deps.store.contributions.save(record, stored?.version ?? null);
    return saved.ok ? ok(true as const) : 'conflict';
  });
  if (!added.ok) await deps.store.contributions.remove(pool.sessionId, SURVEY_ANSWERED_KIND, marker.id, marked.version);
  return added;
};

const answerNamed: Answering = (deps, pool, actor, answers) => {
  const id = memberKey(pool, actor.userId);
  return retryOnConflict(async () => {
    const stored = await deps.store.contributions.get<NamedSurveyAnswers>(pool.sessionId, SURVEY_NAMED_KIND, id);
    const data: NamedSurveyAnswers = { name: actor.name, answers };
    const createdAt = stored?.value.createdAt ?? deps.clock.now().toISOString();
    const record = poolRecord(pool, SURVEY_NAMED_KIND, id, actor.userId, data, createdAt);
    const outcome = await deps.store.contributions.save(record, stored?.version ?? null);
    return outcome.ok ? ok(true as const) : 'conflict';
  });
};

const storedTally = (deps: Deps, pool: Pick<SurveyPool, 'sessionId' | 'phaseIndex'>) =>
  deps.store.contributions.get<SurveyTally>(pool.sessionId, SURVEY_TALLY_KIND, String(pool.phaseIndex));

/**
 * Closes an anonymous pool: from now on its results show (from the threshold on) and it takes no more answers, so
 * they are one set that no earlier look can be subtracted from. A named pool has nothing to close. Idempotent.
 */
export function closePool(deps: Deps, pool: SurveyPool, random: () => number): Promise<Result<true>> {
  if (!pool.anonymous) return Promise.resolve(ok(true as const));
  return retryOnConflict(async () => {
    const stored = await storedTally(deps, pool);
    if (stored?.value.data.closed) return ok(true as const);
    const tally = closeTally(stored?.value.data ?? emptyTally(), random);
    const record = poolRecord(pool, SURVEY_TALLY_KIND, String(pool.phaseIndex), '', tally, pool.since);
    const saved = await deps.store.contributions.save(record, stored?.version ?? null);
    return saved.ok ? ok(true as const) : 'conflict';
  });
}

/** `final`: no answer can reach the pool any more (its own session ended), so it counts as closed even unmarked. */
export async function poolState(deps: Deps, pool: SurveyPool, userId: string, final = false): Promise<PoolState> {
  if (!pool.anonymous) return namedPoolState(deps, pool, userId);
  const answered = Boolean(
    await deps.store.contributions.get(pool.sessionId, SURVEY_ANSWERED_KIND, memberKey(pool, userId)),
  );
  const tally = (await storedTally(deps, pool))?.value.data ?? emptyTally();
  const closed = final || tally.closed === true;
  // While open, the count only: two looks at results an answer apart would give that answer away.
  const results = closed ? surveyResults(tally) : undefined;
  return {
    anonymous: true,
    answered,
    answers: tally.answers,
    closed,
    ...(results ? { results, open: tally.open } : {}),
  };
}

async function namedPoolState(deps: Deps, pool: SurveyPool, userId: string): Promise<PoolState> {
  const all = (await deps.store.contributions.list<NamedSurveyAnswers>(pool.sessionId, SURVEY_NAMED_KIND)).filter(
    (c) => c.phaseIndex === pool.phaseIndex,
  );
  const tally = all.reduce((sum, c) => addToTally(sum, c.data.answers, () => 1), emptyTally());
  const mine = all.find((c) => c.authorId === userId)?.data.answers;
  const results = surveyResults(tally);
  const openNamed: Record<string, { name: string; text: string }[]> = {};
  for (const c of all) {
    for (const [q, text] of Object.entries(c.data.answers.open))
      (openNamed[q] ??= []).push({ name: c.data.name, text });
  }
  return {
    anonymous: false,
    answered: mine !== undefined,
    answers: all.length,
    closed: false,
    ...(mine ? { mine } : {}),
    ...(results ? { results, openNamed } : {}),
  };
}

/** Answers in the pool in either mode: the mode may change only while this is 0. */
export async function answersInPool(deps: Deps, pool: Pick<SurveyPool, 'sessionId' | 'phaseIndex'>): Promise<number> {
  const tally = await storedTally(deps, pool);
  return (
    (tally?.value.data.answers ?? 0) +
    (await deps.store.contributions.countWithPrefix(pool.sessionId, SURVEY_NAMED_KIND, `${pool.phaseIndex}:`))
  );
}

/** A record of the pool's session and phase. */
const poolRecord = <T>(
  pool: SurveyPool,
  kind: string,
  id: string,
  authorId: string,
  data: T,
  createdAt: string,
): Contribution<T> => ({
  communityId: pool.communityId,
  sessionId: pool.sessionId,
  phaseIndex: pool.phaseIndex,
  kind,
  id,
  authorId,
  data,
  createdAt,
});
