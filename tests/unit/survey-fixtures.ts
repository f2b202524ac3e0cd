import { activityContext } from '../../domain/activities/activity-context';
import { answerClosingSurvey, openClosingSurvey } from '../../domain/activities/closing-survey/closing-survey';
import { surveyState } from '../../domain/activities/survey/survey-use-cases';
import type { Community, Person } from '../../domain/community/community';
import type { Deps } from '../../domain/ports';
import { parsePlanCommand } from '../../domain/plan/plan-parser';
import { planSessions } from '../../domain/schedule/plan-sessions';
import { listSchedule, type NumberedPlannedSession } from '../../domain/schedule/schedule-queries';
import type { FormatId } from '../../domain/session/formats';
import { startSession } from '../../domain/session/start-session';
import { griet, type Fixture } from './schedule/schedule-fixtures';

export const lotte: Person = { userId: '29:lotte', name: 'Lotte' };
export const jan: Person = { userId: '29:jan', name: 'Jan' };
/** The closing format's impact survey. */
export const SURVEY_PHASE = 3;

/** Griet starts a session in the community's channel: of `format`, or the one the schedule has planned. */
export const startIn = (deps: Deps, community: Community, format?: FormatId) =>
  startSession(deps, {
    place: { channel: community.channel, name: 'PLG', language: 'nl' },
    actor: griet,
    ...(format ? { format } : {}),
  });

/** Griet starts a closing session in the community's channel. */
export async function startClosing(deps: Deps, community: Community) {
  const started = await startIn(deps, community, 'closing');
  if (!started.ok) throw new Error(started.error.code);
  return started.value.session;
}

/** The session's survey as the user sees it. */
export async function sessionSurvey(deps: Deps, sessionId: string, userId: string) {
  const context = await activityContext(
    deps,
    { sessionId, phaseIndex: SURVEY_PHASE, actor: { userId, name: userId } },
    (p) => p.activity === 'survey',
  );
  if (!context.ok) throw new Error(context.error.code);
  return surveyState(deps, context.value, userId);
}

/** Griet plans a closing session with the /plan command's text. */
export async function planClosing(
  deps: Deps,
  community: Community,
  text = '/plan 15/12 15:00-16:30 closing',
): Promise<NumberedPlannedSession> {
  const parsed = parsePlanCommand(text, '2026-11-22');
  if (!parsed.ok || parsed.value.action !== 'plan') throw new Error(text);
  const planned = await planSessions(deps, {
    communityId: community.id,
    actorId: griet.userId,
    request: parsed.value.request,
  });
  if (!planned.ok) throw new Error(planned.error.code);
  return (await listSchedule(deps, community.id)).find((p) => p.id === planned.value.planned[0]!.id)!;
}

/** The closing session planned on 15 December, and its questionnaire opened a week ahead, as the scheduler does. */
export async function sentAhead({ deps, clock, community }: Fixture, anonymous = true): Promise<string> {
  const planned = await planClosing(deps, community);
  clock.set('2026-12-08T14:00:00Z');
  const opened = await openClosingSurvey(deps, planned, anonymous);
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.value.id;
}

/** A member answers the questionnaire sent ahead. */
export const answerAhead = (deps: Deps, id: string, actor: Person, raw: Record<string, unknown>) =>
  answerClosingSurvey(deps, { id, actor, raw }, () => 0.5);
