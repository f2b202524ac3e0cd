import type { Deps } from '../../ports';
import { phaseSettings, type Session } from '../../session/session';
import { closingSurveyPool, loadClosingSurvey, type ClosingSurvey } from '../closing-survey/closing-survey';
import { closePool, type SurveyPool } from './survey-pool';

export const isAnonymousSurvey = (context: { session: { value: Session }; phaseIndex: number }): boolean =>
  phaseSettings(context.session.value, context.phaseIndex).anonymous !== false;

/**
 * Where a session's survey phase keeps its answers: the closing questionnaire sent ahead when the
 * session discusses one (its mode wins), else the phase's own records.
 */
export async function surveyPoolOf(
  deps: Deps,
  session: Session,
  phaseIndex: number,
): Promise<SurveyPool & { ahead?: ClosingSurvey }> {
  const ahead = session.closingSurveyId ? await loadClosingSurvey(deps, session.closingSurveyId) : undefined;
  if (ahead) return { ...closingSurveyPool(ahead), ahead };
  const anonymous = isAnonymousSurvey({ session: { value: session }, phaseIndex });
  return {
    communityId: session.communityId,
    sessionId: session.id,
    phaseIndex,
    anonymous,
    since: session.startedAt ?? '',
  };
}

/**
 * The survey phase the session was in closes when it moves on or ends, and every survey phase closes when it ends:
 * its results show then, once, and it takes no more answers (going back to the phase does not open it again).
 */
export async function closeSurveysLeft(
  deps: Deps,
  before: Session,
  after: Session,
  random: () => number = Math.random,
): Promise<void> {
  const was = before.state.kind === 'running' ? before.state.phaseIndex : undefined;
  const now = after.state.kind === 'running' ? after.state.phaseIndex : undefined;
  for (const [index, phase] of after.agenda.entries()) {
    if (phase.activity !== 'survey') continue;
    const left = (index === was && now !== index) || after.state.kind === 'ended';
    if (left) await closePool(deps, await surveyPoolOf(deps, after, index), random);
  }
}
