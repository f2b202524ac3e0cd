import { fail, ok, type Result } from '../../errors';
import type { Deps } from '../../ports';
import { namesOf } from '../../session/start-session';
import type { Session } from '../../session/session';
import { checkInVariantOf } from './check-in-variant';
import type { CheckIn, CheckInAnswers, CheckInSummary, CheckInVariant, Mood } from './check-in';
import { checkInSummary, MOODS } from './check-in';

/** Every check-in of a session, with names: what the card promises the facilitators see ("only they see it"). */
export interface CheckInOverview {
  sessionId: string;
  sessionNumber: number;
  variant: CheckInVariant;
  summary: CheckInSummary;
  /** The weather scale's mean, rounded to the nearest step; undefined when nobody picked a weather. */
  averageMood?: Mood;
  /** In the order they checked in. */
  checkIns: Pick<
    CheckIn,
    'userName' | 'mood' | 'colour' | 'word' | 'answer' | 'sinceLastTime' | 'obstacles' | 'late'
  >[];
}

/** The overview, built from the session's check-ins. */
export function checkInOverview(session: Session, checkIns: readonly CheckIn[]): CheckInOverview {
  const sorted = [...checkIns].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  const averageMood = meanMood(sorted);
  return {
    sessionId: session.id,
    sessionNumber: session.number,
    variant: checkInVariantOf(session),
    summary: checkInSummary(sorted),
    ...(averageMood ? { averageMood } : {}),
    checkIns: sorted.map((c) => ({ userName: c.userName, ...answersOf(c), late: c.late })),
  };
}

/** The community's latest session's check-ins, for a facilitator only (members never see each other's). */
export async function latestCheckIns(
  deps: Deps,
  input: { communityId: string; actorId: string },
): Promise<Result<CheckInOverview | null>> {
  const role = (await deps.store.members.get(input.communityId, input.actorId))?.role;
  if (role !== 'facilitator')
    return fail('errors.role.facilitatorOnly', { facilitators: await namesOf(deps, input.communityId) });
  const latest = await deps.store.sessions.latest(input.communityId);
  if (!latest) return ok(null);
  return ok(checkInOverview(latest.value, await deps.store.checkIns.list(latest.value.id)));
}

/** What a member answered, without the fields their check-in's form did not ask. */
export function answersOf(c: CheckInAnswers): Omit<CheckInAnswers, 'variant'> {
  const { mood, colour, word, answer, sinceLastTime, obstacles } = c;
  return {
    ...(mood ? { mood } : {}),
    ...(colour ? { colour } : {}),
    ...(word ? { word } : {}),
    answer,
    sinceLastTime,
    obstacles,
  };
}

function meanMood(checkIns: readonly CheckIn[]): Mood | undefined {
  const steps = checkIns.flatMap((c) => (c.mood ? [MOODS.indexOf(c.mood)] : []));
  if (steps.length === 0) return undefined;
  return MOODS[Math.round(steps.reduce((a, b) => a + b, 0) / steps.length)];
}
