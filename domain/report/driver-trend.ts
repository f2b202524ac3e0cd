import { DRIVER_RATING_KIND, ratingSummary } from '../driver/driver-rating';
import type { Deps } from '../ports';
import { DEFAULT_TIME_ZONE, localDateAt } from '../schedule/zoned-time';
import type { DriverPoint } from './report-model';

/** The driver ratings of every session of the community up to session `upTo`, one point per session rated. */
export async function driverTrend(deps: Deps, communityId: string, upTo: number): Promise<DriverPoint[]> {
  const ratings = await deps.store.contributions.listInCommunity<{ score: number }>(communityId, DRIVER_RATING_KIND);
  const bySession = new Map<string, { scores: number[]; firstAt: string }>();
  for (const r of ratings) {
    const entry = bySession.get(r.sessionId) ?? { scores: [], firstAt: r.createdAt };
    entry.scores.push(r.data.score);
    bySession.set(r.sessionId, entry);
  }
  const points: DriverPoint[] = [];
  for (const [sessionId, { scores, firstAt }] of bySession) {
    const session = (await deps.store.sessions.get(sessionId))?.value;
    if (!session || session.number > upTo) continue;
    points.push({
      sessionNumber: session.number,
      date: localDateAt(new Date(session.startedAt ?? firstAt), DEFAULT_TIME_ZONE),
      ...ratingSummary(scores),
    });
  }
  return points.sort((a, b) => a.sessionNumber - b.sessionNumber);
}
