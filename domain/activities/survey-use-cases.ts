import { retryOnConflict } from '../concurrency';
import { fail, ok, type Result } from '../errors';
import type { Contribution, Deps } from '../ports';
import { phaseFor, phaseSettings } from '../session/session';
import { goToActivity, runningSession, type Steered, type SteerInput } from '../session/steer-session';
import { activityContext, type ActivityContext, type ActivityTarget } from './activity-context';
import { addToTally, emptyTally, parseSurvey, surveyResults, type QuestionResult, type SurveyAnswers, type SurveyTally } from './survey';

export const SURVEY_ANSWERED_KIND = 'survey-answered';
export const SURVEY_TALLY_KIND = 'survey-tally';
/** A named survey's answers: one record per member, which they can change. */
export const SURVEY_NAMED_KIND = 'survey-named';

export interface NamedSurveyAnswers {
  name: string;
  answers: SurveyAnswers;
}

export interface SurveyState extends ActivityContext {
  anonymous: boolean;
  answered: boolean;
  answers: number;
  /** Only from ANONYMITY_THRESHOLD answers on. */
  results?: QuestionResult[];
  open?: SurveyTally['open'];
  /** Named surveys: the open answers with who gave them (from the threshold on, like the rest). */
  openNamed?: Record<string, { name: string; text: string }[]>;
  /** Named surveys: the member's own answers, to change them. */
  mine?: SurveyAnswers;
}

const isSurvey = (phase: { activity: string }) => phase.activity === 'survey';

export const isAnonymousSurvey = (context: Pick<ActivityContext, 'session' | 'phaseIndex'>): boolean =>
  phaseSettings(context.session.value, context.phaseIndex).anonymous !== false;

/**
 * Takes a member's answers. Anonymous (the default): who answered is kept (to refuse a second answer)
 * apart from what was answered, which only goes into the phase's tally: no record links the two.
 * Named: the answers are kept per member, who may change them while the session runs.
 */
export async function submitSurvey(deps: Deps, target: ActivityTarget & { raw: Record<string, unknown> }, random: () => number): Promise<Result<SurveyState>> {
  const context = await activityContext(deps, target, isSurvey);
  if (!context.ok) return context;
  const answers = parseSurvey(target.raw);
  if (!answers.ok) return answers;
  if (!isAnonymousSurvey(context.value)) return submitNamed(deps, context.value, target, answers.value);
  const base = { communityId: context.value.community.id, sessionId: target.sessionId, phaseIndex: target.phaseIndex, data: {} };
  const createdAt = context.value.session.value.startedAt ?? '';
  const marker: Contribution = { ...base, kind: SURVEY_ANSWERED_KIND, id: `${target.phaseIndex}:${target.actor.userId}`, authorId: target.actor.userId, createdAt };
  const marked = await deps.store.contributions.save(marker, null);
  if (!marked.ok) return fail('errors.survey.alreadyAnswered');
  const added = await retryOnConflict(async () => {
    const stored = await deps.store.contributions.get<SurveyTally>(target.sessionId, SURVEY_TALLY_KIND, String(target.phaseIndex));
    const tally = addToTally(stored?.value.data ?? emptyTally(), answers.value, random);
    const record: Contribution<SurveyTally> = { ...base, kind: SURVEY_TALLY_KIND, id: String(target.phaseIndex), authorId: '', data: tally, createdAt };
    const saved = await deps.store.contributions.save(record, stored?.version ?? null);
    return saved.ok ? ok(tally) : 'conflict';
  });
  if (!added.ok) {
    await deps.store.contributions.remove(target.sessionId, SURVEY_ANSWERED_KIND, marker.id, marked.version);
    return added;
  }
  return ok(await surveyState(deps, context.value, target.actor.userId));
}

async function submitNamed(deps: Deps, context: ActivityContext, target: ActivityTarget, answers: SurveyAnswers): Promise<Result<SurveyState>> {
  const id = `${target.phaseIndex}:${target.actor.userId}`;
  const saved = await retryOnConflict(async () => {
    const stored = await deps.store.contributions.get<NamedSurveyAnswers>(target.sessionId, SURVEY_NAMED_KIND, id);
    const record: Contribution<NamedSurveyAnswers> = {
      communityId: context.community.id,
      sessionId: target.sessionId,
      phaseIndex: target.phaseIndex,
      kind: SURVEY_NAMED_KIND,
      id,
      authorId: target.actor.userId,
      data: { name: target.actor.name, answers },
      createdAt: stored?.value.createdAt ?? deps.clock.now().toISOString(),
    };
    const outcome = await deps.store.contributions.save(record, stored?.version ?? null);
    return outcome.ok ? ok(true) : 'conflict';
  });
  if (!saved.ok) return saved;
  return ok(await surveyState(deps, context, target.actor.userId));
}

/** The survey of one phase as `userId` sees it: whether they answered, and the aggregate once it is safe to show. */
export async function surveyState(deps: Deps, context: ActivityContext, userId: string): Promise<SurveyState> {
  if (!isAnonymousSurvey(context)) return namedSurveyState(deps, context, userId);
  const sessionId = context.session.value.id;
  const answered = Boolean(await deps.store.contributions.get(sessionId, SURVEY_ANSWERED_KIND, `${context.phaseIndex}:${userId}`));
  const tally = (await deps.store.contributions.get<SurveyTally>(sessionId, SURVEY_TALLY_KIND, String(context.phaseIndex)))?.value.data ?? emptyTally();
  const results = surveyResults(tally);
  return { ...context, anonymous: true, answered, answers: tally.answers, ...(results ? { results, open: tally.open } : {}) };
}

async function namedSurveyState(deps: Deps, context: ActivityContext, userId: string): Promise<SurveyState> {
  const all = (await deps.store.contributions.list<NamedSurveyAnswers>(context.session.value.id, SURVEY_NAMED_KIND)).filter((c) => c.phaseIndex === context.phaseIndex);
  const tally = all.reduce((sum, c) => addToTally(sum, c.data.answers, () => 1), emptyTally());
  const mine = all.find((c) => c.authorId === userId)?.data.answers;
  const results = surveyResults(tally);
  const openNamed: Record<string, { name: string; text: string }[]> = {};
  for (const c of all) {
    for (const [q, text] of Object.entries(c.data.answers.open)) (openNamed[q] ??= []).push({ name: c.data.name, text });
  }
  return { ...context, anonymous: false, answered: mine !== undefined, answers: all.length, ...(mine ? { mine } : {}), ...(results ? { results, openNamed } : {}) };
}

/**
 * `/survey anonymous|named` (`/bevraging anoniem|met-naam`): to the survey phase, anonymous or not.
 * The mode can change only while nobody has answered: answers are never moved between the two.
 */
const MODES: Record<string, boolean> = { anonymous: true, anoniem: true, named: false, 'met-naam': false, 'met naam': false, 'niet-anoniem': false };

/** The mode a facilitator names after `/survey` (English or Dutch); undefined for anything else. */
export const parseSurveyMode = (text: string): boolean | undefined => MODES[text.trim().toLowerCase()];

export async function chooseSurveyMode(deps: Deps, input: SteerInput, anonymous: boolean): Promise<Result<Steered>> {
  const running = await runningSession(deps, input.channel);
  const index = running ? phaseFor(running.session, isSurvey) : undefined;
  if (running && index !== undefined) {
    const current = phaseSettings(running.session, index).anonymous !== false;
    if (current !== anonymous && (await answersIn(deps, running.session.id, index)) > 0) return fail('errors.survey.modeLocked');
  }
  return goToActivity(deps, input, isSurvey, { anonymous });
}

async function answersIn(deps: Deps, sessionId: string, phaseIndex: number): Promise<number> {
  const tally = await deps.store.contributions.get<SurveyTally>(sessionId, SURVEY_TALLY_KIND, String(phaseIndex));
  return (tally?.value.data.answers ?? 0) + (await deps.store.contributions.countWithPrefix(sessionId, SURVEY_NAMED_KIND, `${phaseIndex}:`));
}
