import { retryOnConflict } from '../concurrency';
import { fail, ok, type Result } from '../errors';
import type { Contribution, Deps } from '../ports';
import { activityContext, type ActivityContext, type ActivityTarget } from './activity-context';
import { addToTally, emptyTally, parseSurvey, surveyResults, type QuestionResult, type SurveyTally } from './survey';

export const SURVEY_ANSWERED_KIND = 'survey-answered';
export const SURVEY_TALLY_KIND = 'survey-tally';

export interface SurveyState extends ActivityContext {
  answered: boolean;
  answers: number;
  /** Only from ANONYMITY_THRESHOLD answers on. */
  results?: QuestionResult[];
  open?: SurveyTally['open'];
}

const isSurvey = (phase: { activity: string }) => phase.activity === 'survey';

/**
 * Takes a member's anonymous answers. Who answered is kept (to refuse a second answer) apart from
 * what was answered, which only goes into the phase's tally: no record links the two.
 */
export async function submitSurvey(deps: Deps, target: ActivityTarget & { raw: Record<string, unknown> }, random: () => number): Promise<Result<SurveyState>> {
  const context = await activityContext(deps, target, isSurvey);
  if (!context.ok) return context;
  const answers = parseSurvey(target.raw);
  if (!answers.ok) return answers;
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

/** The survey of one phase as `userId` sees it: whether they answered, and the aggregate once it is safe to show. */
export async function surveyState(deps: Deps, context: ActivityContext, userId: string): Promise<SurveyState> {
  const sessionId = context.session.value.id;
  const answered = Boolean(await deps.store.contributions.get(sessionId, SURVEY_ANSWERED_KIND, `${context.phaseIndex}:${userId}`));
  const tally = (await deps.store.contributions.get<SurveyTally>(sessionId, SURVEY_TALLY_KIND, String(context.phaseIndex)))?.value.data ?? emptyTally();
  const results = surveyResults(tally);
  return { ...context, answered, answers: tally.answers, ...(results ? { results, open: tally.open } : {}) };
}
