import { changeInPhase, type ActivityContext, type ActivityTarget } from '../activities/activity-context';
import { ok, type Result } from '../errors';
import type { Contribution, Deps } from '../ports';
import type { Session } from '../session/session';
import { DRIVER_RATING_KIND, parseRating, ratingSummary } from './driver-rating';

export interface DriverRatingState extends ActivityContext {
  mine?: number;
  count: number;
  average?: number;
}

/** A member's "how far are we toward our driver?", once per session (a new rating replaces theirs). */
export function rateDriver(deps: Deps, target: ActivityTarget & { raw: unknown }): Promise<Result<DriverRatingState>> {
  return changeInPhase(
    deps,
    target,
    () => true,
    async (context) => {
      const score = parseRating(target.raw);
      if (!score.ok) return score;
      const existing = await deps.store.contributions.get<{ score: number }>(
        target.sessionId,
        DRIVER_RATING_KIND,
        target.actor.userId,
      );
      const record: Contribution<{ score: number }> = {
        communityId: context.community.id,
        sessionId: target.sessionId,
        phaseIndex: target.phaseIndex,
        kind: DRIVER_RATING_KIND,
        id: target.actor.userId,
        authorId: target.actor.userId,
        data: { score: score.value },
        createdAt: deps.clock.now().toISOString(),
      };
      const saved = await deps.store.contributions.save(record, existing?.version ?? null);
      if (!saved.ok) return 'conflict';
      return ok(await driverRatingState(deps, context, target.actor.userId));
    },
  );
}

export async function driverRatingState(
  deps: Deps,
  context: ActivityContext,
  userId: string,
): Promise<DriverRatingState> {
  const ratings = await deps.store.contributions.list<{ score: number }>(context.session.value.id, DRIVER_RATING_KIND);
  const mine = ratings.find((r) => r.authorId === userId)?.data.score;
  return { ...context, ...(mine ? { mine } : {}), ...ratingSummary(ratings.map((r) => r.data.score)) };
}

/**
 * Whether a phase's board asks for the driver rating. The driver step asks it too, but only once there is a driver to
 * rate (bot/activities/driver-step-view.ts).
 */
export const asksRating = (session: Session, phaseIndex: number): boolean =>
  ['retrospective', 'check-out'].includes(session.agenda[phaseIndex]?.activity ?? '');
