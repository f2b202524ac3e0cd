import { collection } from '../../collection';
import type { CommunityTopicList } from '../../community/topics';
import { fail, ok, type Result } from '../../errors';
import type { Contribution, Deps } from '../../ports';
import { namesOf } from '../../session/start-session';
import { changeInPhase, type ActivityContext, type ActivityInput, type ActivityTarget } from '../activity-context';
import { ideasFor } from '../dot-vote/dot-vote-use-cases';
import type { Idea } from '../dot-vote/dot-vote';
import type { PrioritisedTopic, Ranking } from './rank';
import { RANKING_KIND, TOPICS_KIND, bordaCount, parseRanking, placesFor } from './rank';

/**
 * The community's prioritised topic list, as a facilitator published it. Stored as a contribution
 * of kind `topics` with the community's id as its id, in the session where it was ranked; the
 * community's current list is the newest one (`communityTopics`).
 */
export interface TopicList {
  topics: PrioritisedTopic[];
  rankers: number;
  publishedAt: string;
  publishedBy: string;
}

/** A ranking as one member sees it. The aggregate is always computed; cards show the published list. */
export interface RankState extends ActivityContext {
  ideas: Idea[];
  /** How many places a member can give. */
  places: number;
  mine?: Ranking;
  rankers: number;
  aggregate: PrioritisedTopic[];
  published?: TopicList;
}

export const isRank = (phase: { activity: string }): boolean => phase.activity === 'rank';

/** Saves (or replaces) a member's ranking. It stays open until the session ends, also after publishing. */
export function submitRanking(deps: Deps, target: ActivityInput): Promise<Result<RankState>> {
  return changeInPhase(deps, target, isRank, async (context) => {
    const ranking = parseRanking(target.raw, await ideasFor(deps, context.session.value, target.phaseIndex));
    if (!ranking.ok) return ranking;
    const id = rankingId(target.phaseIndex, target.actor.userId);
    const existing = await deps.store.contributions.get<Ranking>(target.sessionId, RANKING_KIND, id);
    if (!existing || JSON.stringify(existing.value.data) !== JSON.stringify(ranking.value)) {
      const record = contribution(context, target, { kind: RANKING_KIND, id }, ranking.value, deps.clock.now());
      const saved = await deps.store.contributions.save(record, existing?.version ?? null);
      if (!saved.ok) return 'conflict';
    }
    return ok(await rankState(deps, context, target.actor.userId));
  });
}

/** Stores the aggregate as the community's prioritised topic list. Facilitators only; publishing again replaces it. */
export function publishTopics(deps: Deps, target: ActivityTarget): Promise<Result<RankState>> {
  return changeInPhase(deps, target, isRank, async (context) => {
    if (context.role !== 'facilitator')
      return fail('errors.role.facilitatorOnly', { facilitators: await namesOf(deps, context.community.id) });
    const state = await rankState(deps, context, target.actor.userId);
    if (state.ideas.length === 0) return fail('errors.vote.noIdeas');
    if (state.aggregate.length === 0) return fail('errors.rank.nobodyRanked');
    const now = deps.clock.now();
    const list: TopicList = {
      topics: state.aggregate,
      rankers: state.rankers,
      publishedAt: now.toISOString(),
      publishedBy: target.actor.userId,
    };
    const id = context.community.id;
    const existing = await deps.store.contributions.get<TopicList>(target.sessionId, TOPICS_KIND, id);
    const saved = await deps.store.contributions.save(
      contribution(context, target, { kind: TOPICS_KIND, id }, list, now),
      existing?.version ?? null,
    );
    if (!saved.ok) return 'conflict';
    return ok({ ...state, published: list });
  });
}

/** The ranking of one phase as `userId` sees it. */
export async function rankState(deps: Deps, context: ActivityContext, userId: string): Promise<RankState> {
  const session = context.session.value;
  const ideas = await ideasFor(deps, session, context.phaseIndex);
  const rankings = await rankingsOf(deps, session.id, context.phaseIndex);
  const mine = rankings.find((r) => r.authorId === userId)?.data;
  const published = await deps.store.contributions.get<TopicList>(session.id, TOPICS_KIND, context.community.id);
  return {
    ...context,
    ideas,
    places: placesFor(ideas.length),
    ...(mine ? { mine } : {}),
    rankers: rankings.length,
    aggregate: bordaCount(
      ideas,
      rankings.map((r) => r.data),
    ),
    ...(published ? { published: published.value.data } : {}),
  };
}

/** The rankings of one phase that rank something, oldest first. */
export const rankingsOf = async (deps: Deps, sessionId: string, phaseIndex: number): Promise<Contribution<Ranking>[]> =>
  (await deps.store.contributions.list<Ranking>(sessionId, RANKING_KIND)).filter(
    (r) => r.phaseIndex === phaseIndex && r.data.order.length > 0,
  );

/** Documents collection of the list as facilitators reordered or planned it (domain/community/topics.ts). */
export const TOPICS_COLLECTION = 'topics';
/** Declared here, not beside its type, because topics.ts imports this module: the other way round would be a cycle. */
export const topicLists = collection<CommunityTopicList>(TOPICS_COLLECTION);

/**
 * The community's prioritised topic list: as facilitators last reordered it, unless a newer ranking
 * was published since; else the newest one published in any of its sessions.
 */
export async function communityTopics(deps: Deps, communityId: string): Promise<TopicList | undefined> {
  const published = await communityTopicsAsPublished(deps, communityId);
  if (!published) return undefined;
  const edited = await deps.store.documents.get(topicLists, communityId);
  return edited?.value.basedOn === published.publishedAt ? edited.value : published;
}

/** The newest list published in any of the community's sessions. */
export async function communityTopicsAsPublished(deps: Deps, communityId: string): Promise<TopicList | undefined> {
  const lists = await deps.store.contributions.listInCommunity<TopicList>(communityId, TOPICS_KIND);
  return lists.map((c) => c.data).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))[0];
}

export const rankingId = (phaseIndex: number, userId: string): string => `${phaseIndex}:${userId}`;

function contribution<T>(
  context: ActivityContext,
  target: ActivityTarget,
  key: { kind: string; id: string },
  data: T,
  now: Date,
): Contribution<T> {
  return {
    communityId: context.community.id,
    sessionId: target.sessionId,
    phaseIndex: target.phaseIndex,
    ...key,
    authorId: target.actor.userId,
    data,
    createdAt: now.toISOString(),
  };
}
