import { collection } from '../collection';
import { DRIVER_RATING_KIND, ratingSummary } from '../driver/driver-rating';
import type { Deps } from '../ports';
import { DEFAULT_TIME_ZONE, localDateAt } from '../schedule/zoned-time';
import type { Session } from '../session/session';
import { attendanceOf } from './attendance';

/**
 * What an ended session leaves for views across its history (the leaders' Overview): how many came and how the driver
 * was rated, counts only. Written once when the session ends (nothing is added to an ended session), so a view reads
 * one small document per session instead of every contribution.
 */
export interface SessionSummary {
  sessionId: string;
  number: number;
  /** The day it took place (YYYY-MM-DD). */
  date: string;
  /** Members who took part, and members who could (observers not counted). */
  present: number;
  members: number;
  /** Driver ratings given, and their average only from the anonymity threshold on. */
  rating: { count: number; average?: number };
}

/** One document per ended session, ids `<communityId>/<number, zero-padded>`: a community's list in session order. */
export const sessionSummaries = collection<SessionSummary>('session-summaries');

const endOf = (session: Session): string | undefined =>
  session.state.kind === 'ended' ? session.state.endedAt : undefined;

const summaryId = (session: Session): string => `${session.communityId}/${String(session.number).padStart(5, '0')}`;

/** Counts an ended session's attendance and driver ratings, and keeps them (a second writer finds it there). */
export async function summariseSession(deps: Deps, session: Session): Promise<SessionSummary> {
  const [members, checkIns, ratings] = await Promise.all([
    deps.store.members.list(session.communityId),
    deps.store.checkIns.list(session.id),
    deps.store.contributions.list<{ score: number }>(session.id, DRIVER_RATING_KIND),
  ]);
  const attendance = await attendanceOf(deps, session, members, checkIns);
  const summary: SessionSummary = {
    sessionId: session.id,
    number: session.number,
    date: localDateAt(new Date(session.startedAt ?? endOf(session) ?? deps.clock.now()), DEFAULT_TIME_ZONE),
    present: attendance.present.length,
    members: attendance.members,
    rating: ratingSummary(ratings.map((r) => r.data.score)),
  };
  await deps.store.documents.save(sessionSummaries, summaryId(session), summary, null);
  return summary;
}

/**
 * The summaries of a community's ended sessions, in session order: one list read. A session that ended before
 * summaries were kept is summarised now, once.
 */
export async function summariesOf(deps: Deps, ended: readonly Session[]): Promise<SessionSummary[]> {
  const first = ended[0];
  if (!first) return [];
  const stored = await deps.store.documents.list(sessionSummaries, `${first.communityId}/`);
  const byId = new Map(stored.map((d) => [d.value.sessionId, d.value]));
  const all: SessionSummary[] = [];
  for (const session of ended) all.push(byId.get(session.id) ?? (await summariseSession(deps, session)));
  return all.sort((a, b) => a.number - b.number);
}

/** After a session was saved: it ended just now, so its summary is written. */
export async function summariseIfEnded(deps: Deps, before: Session, after: Session): Promise<void> {
  if (before.state.kind !== 'ended' && after.state.kind === 'ended') await summariseSession(deps, after);
}
