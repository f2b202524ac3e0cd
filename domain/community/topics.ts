import { communityTopicsAsPublished, topicLists, type TopicList } from '../activities/rank/rank-use-cases';
import type { PrioritisedTopic } from '../activities/rank/rank';
import { retryOnConflict } from '../concurrency';
import { fail, ok, type Result } from '../errors';
import type { Deps } from '../ports';
import { namesOf } from '../session/start-session';

/** A topic of the community's list, possibly planned into a session (by number). */
export interface PlannedTopic extends PrioritisedTopic {
  plannedSession?: number;
}

/**
 * The list as facilitators reordered or planned it, in documents collection `topics` keyed by the
 * community's id. `basedOn` is the publication it started from: publishing a new ranking replaces it.
 */
export interface CommunityTopicList extends TopicList {
  topics: PlannedTopic[];
  basedOn: string;
  editedBy?: string;
  editedAt?: string;
}

/** Puts the topics in the order of `order` (topic ids, all of them). Facilitators only. */
export function reorderTopics(
  deps: Deps,
  input: { communityId: string; actorId: string; order: string[] },
): Promise<Result<CommunityTopicList>> {
  return changeTopics(deps, input, (list) => {
    const byId = new Map(list.topics.map((t) => [t.id, t]));
    const complete =
      input.order.length === byId.size &&
      new Set(input.order).size === byId.size &&
      input.order.every((id) => byId.has(id));
    if (!complete) return fail('errors.input.invalidChoice', { field: 'order' });
    return ok(input.order.map((id) => byId.get(id) as PlannedTopic));
  });
}

/** Plans a topic into a session by number, or takes it out of the plan (null). Facilitators only. */
export function planTopic(
  deps: Deps,
  input: { communityId: string; actorId: string; topicId: string; sessionNumber: number | null },
): Promise<Result<CommunityTopicList>> {
  return changeTopics(deps, input, (list) => {
    if (!list.topics.some((t) => t.id === input.topicId)) return fail('errors.activity.gone');
    if (input.sessionNumber !== null && (!Number.isInteger(input.sessionNumber) || input.sessionNumber < 1))
      return fail('errors.input.invalidChoice', { field: 'session' });
    return ok(
      list.topics.map((t) => {
        if (t.id !== input.topicId) return t;
        const planned: PlannedTopic = { ...t, plannedSession: input.sessionNumber ?? 0 };
        if (input.sessionNumber === null) delete planned.plannedSession;
        return planned;
      }),
    );
  });
}

type Change = (list: CommunityTopicList) => Result<PlannedTopic[]>;

function changeTopics(
  deps: Deps,
  input: { communityId: string; actorId: string },
  change: Change,
): Promise<Result<CommunityTopicList>> {
  return retryOnConflict(async () => {
    const role = (await deps.store.members.get(input.communityId, input.actorId))?.role;
    if (role !== 'facilitator')
      return fail('errors.role.facilitatorOnly', { facilitators: await namesOf(deps, input.communityId) });
    const published = await communityTopicsAsPublished(deps, input.communityId);
    if (!published) return fail('errors.vote.noIdeas');
    const stored = await deps.store.documents.get(topicLists, input.communityId);
    const current: CommunityTopicList =
      stored && stored.value.basedOn === published.publishedAt
        ? stored.value
        : { ...published, basedOn: published.publishedAt };
    const topics = change(current);
    if (!topics.ok) return topics;
    const next: CommunityTopicList = {
      ...current,
      topics: topics.value,
      editedBy: input.actorId,
      editedAt: deps.clock.now().toISOString(),
    };
    const saved = await deps.store.documents.save(topicLists, input.communityId, next, stored?.version ?? null);
    return saved.ok ? ok(next) : 'conflict';
  });
}
