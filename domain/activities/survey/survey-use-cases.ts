import type { Person } from '../../community/community';
import { fail, ok, type Result } from '../../errors';
import type { Deps } from '../../ports';
import { phaseFor } from '../../session/session';
import { namesOf } from '../../session/start-session';
import { goToActivity, runningSession, type Steered, type SteerInput } from '../../session/steer-session';
import { activityContext, type ActivityContext, type ActivityTarget } from '../activity-context';
import { parseSurvey } from './survey';
import { surveyPoolOf } from './survey-close';
import type { PoolState } from './survey-pool';
import {
  answerInPool,
  answersInPool,
  closePool,
  poolState,
  refuseChangedMode,
  SURVEY_ANSWERED_KIND,
} from './survey-pool';

export { SURVEY_ANSWERED_KIND, SURVEY_NAMED_KIND, SURVEY_TALLY_KIND, type NamedSurveyAnswers } from './survey-pool';
export { isAnonymousSurvey, surveyPoolOf } from './survey-close';

export interface SurveyState extends ActivityContext, PoolState {
  /** The questionnaire went out before the session: its answers given ahead count here too. */
  sentAhead: boolean;
}

const isSurvey = (phase: { activity: string }) => phase.activity === 'survey';

/** Takes a member's answers in the running session's survey phase (anonymous by default; decision 0002). */
export async function submitSurvey(
  deps: Deps,
  target: ActivityTarget & { raw: Record<string, unknown> },
  random: () => number,
): Promise<Result<SurveyState>> {
  const context = await activityContext(deps, target, isSurvey);
  if (!context.ok) return context;
  const answers = parseSurvey(target.raw);
  if (!answers.ok) return answers;
  const pool = await surveyPoolOf(deps, context.value.session.value, target.phaseIndex);
  const changed = refuseChangedMode(target.raw, pool);
  if (changed) return changed;
  const answered = await answerInPool(deps, pool, target.actor, answers.value, random);
  if (!answered.ok) return answered;
  if (pool.ahead) await markPresent(deps, context.value, target.actor.userId);
  return ok(await surveyState(deps, context.value, target.actor.userId));
}

/**
 * Answers in a session that discusses a questionnaire sent ahead go to its records, which say nothing of who was in
 * the session: a marker in the session itself (no answer data, like every survey marker) counts them as present.
 */
async function markPresent(deps: Deps, context: ActivityContext, userId: string): Promise<void> {
  const session = context.session.value;
  const marker = {
    communityId: session.communityId,
    sessionId: session.id,
    phaseIndex: context.phaseIndex,
    kind: SURVEY_ANSWERED_KIND,
    id: `${context.phaseIndex}:${userId}`,
    authorId: userId,
    data: {},
    createdAt: session.startedAt ?? '',
  };
  await deps.store.contributions.save(marker, null);
}

/**
 * The survey of one phase as `userId` sees it: whether they answered, and the aggregate once it is closed and safe to
 * show.
 */
export async function surveyState(deps: Deps, context: ActivityContext, userId: string): Promise<SurveyState> {
  const session = context.session.value;
  const pool = await surveyPoolOf(deps, session, context.phaseIndex);
  // A session's own pool takes nothing once it ended; a questionnaire sent ahead may yet be discussed by a restart.
  const final = session.state.kind === 'ended' && pool.ahead === undefined;
  return { ...context, ...(await poolState(deps, pool, userId, final)), sentAhead: pool.ahead !== undefined };
}

/**
 * A facilitator closes the survey on its card: its results show, once (from the threshold on), and it takes no more
 * answers. Anyone else is refused; a named survey has nothing to close and stays as it is.
 */
export async function closeSurvey(
  deps: Deps,
  target: ActivityTarget,
  random: () => number,
): Promise<Result<SurveyState>> {
  const context = await activityContext(deps, target, isSurvey);
  if (!context.ok) return context;
  if (context.value.role !== 'facilitator')
    return fail('errors.role.facilitatorOnly', { facilitators: await namesOf(deps, context.value.community.id) });
  const closed = await closePool(
    deps,
    await surveyPoolOf(deps, context.value.session.value, target.phaseIndex),
    random,
  );
  if (!closed.ok) return closed;
  return ok(await surveyState(deps, context.value, target.actor.userId));
}

/** `/survey close` (`/bevraging sluiten`): the same for the running session's survey phase. Facilitators only. */
export async function closeRunningSurvey(
  deps: Deps,
  input: { channel: SteerInput['channel']; actor: Person },
  random: () => number,
): Promise<Result<SurveyState>> {
  const running = await runningSession(deps, input.channel);
  const phaseIndex = running ? phaseFor(running.session, isSurvey) : undefined;
  if (!running || phaseIndex === undefined)
    return fail(running ? 'errors.session.noSuchPhase' : 'errors.session.noneRunning');
  return closeSurvey(deps, { sessionId: running.session.id, phaseIndex, actor: input.actor }, random);
}

/**
 * `/survey anonymous|named` (`/bevraging anoniem|met-naam`): to the survey phase, anonymous or not.
 * The mode can change only while nobody has answered: answers are never moved between the two.
 */
const MODES: Record<string, boolean> = {
  anonymous: true,
  anoniem: true,
  named: false,
  'met-naam': false,
  'met naam': false,
  'niet-anoniem': false,
};

/** `/survey close` (`/bevraging sluiten`, `afsluiten`). */
export const isSurveyClose = (text: string): boolean =>
  ['close', 'sluiten', 'afsluiten'].includes(text.trim().toLowerCase());

/** The mode a facilitator names after `/survey` (English or Dutch); undefined for anything else. */
export const parseSurveyMode = (text: string): boolean | undefined => MODES[text.trim().toLowerCase()];

/** A questionnaire sent ahead keeps the mode it went out with: members answered (or are answering) on that promise. */
export async function chooseSurveyMode(deps: Deps, input: SteerInput, anonymous: boolean): Promise<Result<Steered>> {
  const running = await runningSession(deps, input.channel);
  const index = running ? phaseFor(running.session, isSurvey) : undefined;
  if (running && index !== undefined) {
    const pool = await surveyPoolOf(deps, running.session, index);
    if (pool.ahead && pool.anonymous !== anonymous) return fail('errors.survey.modeSentAhead');
    if (pool.anonymous !== anonymous && (await answersInPool(deps, pool)) > 0) return fail('errors.survey.modeLocked');
  }
  return goToActivity(deps, input, isSurvey, { anonymous });
}
