import { ACTION_KIND } from '../activities/actions/actions';
import { POST_IT_KIND } from '../activities/board/board';
import type { CheckIn } from '../activities/check-in/check-in';
import { BALLOT_KIND } from '../activities/dot-vote/dot-vote';
import { INTRODUCTION_KIND } from '../activities/introductions/introductions';
import { RANKING_KIND } from '../activities/rank/rank';
import { SURVEY_ANSWERED_KIND, SURVEY_NAMED_KIND } from '../activities/survey/survey-pool';
import type { Membership } from '../community/community';
import { DRIVER_RATING_KIND } from '../driver/driver-rating';
import type { Deps } from '../ports';
import type { Session } from '../session/session';
import type { Attendance } from './report-model';

/**
 * Whatever a member does in a session shows they were there. (That someone answered the survey says nothing of what.)
 */
const PRESENCE_KINDS = [
  POST_IT_KIND,
  BALLOT_KIND,
  ACTION_KIND,
  RANKING_KIND,
  INTRODUCTION_KIND,
  DRIVER_RATING_KIND,
  SURVEY_ANSWERED_KIND,
  SURVEY_NAMED_KIND,
];

/** Who took part: whoever started the session, checked in, or contributed anything; observers never count. */
export async function attendanceOf(
  deps: Deps,
  session: Session,
  members: readonly Membership[],
  checkIns: readonly CheckIn[],
): Promise<Attendance> {
  const names = new Map(members.map((m) => [m.userId, m.name]));
  // Observers are neither present nor absent, whatever they did before they were named one.
  const observers = new Set(members.filter((m) => m.role === 'observer').map((m) => m.userId));
  const present = new Map<string, string>();
  const mark = (userId: string, fallbackName = '') => {
    const name = names.get(userId) ?? fallbackName;
    if (userId && name && !observers.has(userId)) present.set(userId, name);
  };
  if (session.startedBy) mark(session.startedBy);
  for (const c of checkIns) mark(c.userId, c.userName);
  for (const kind of PRESENCE_KINDS) {
    for (const c of await deps.store.contributions.list(session.id, kind)) mark(c.authorId);
  }
  return {
    present: [...present.values()].sort((a, b) => a.localeCompare(b)),
    members: members.filter((m) => m.role !== 'observer').length,
  };
}
