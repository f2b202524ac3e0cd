import { communityTopics } from '../../../domain/activities/rank/rank-use-cases';
import type { PlannedTopic } from '../../../domain/community/topics';
import type { Deps } from '../../../domain/ports';
import { nextAgenda } from '../../../domain/session/edit-agenda';

/** The prioritised topic list (as reordered by facilitators), each with the session it is planned into. */
export async function topicsView(deps: Deps, communityId: string) {
  const list = await communityTopics(deps, communityId);
  const next = await nextAgenda(deps, communityId);
  return {
    topics: (list?.topics ?? []).map((t: PlannedTopic) => ({
      id: t.id,
      text: t.text,
      points: t.points,
      rank: t.rank,
      ...(t.plannedSession ? { plannedSession: t.plannedSession } : {}),
    })),
    publishedAt: list?.publishedAt,
    nextNumber: next.number,
  };
}
