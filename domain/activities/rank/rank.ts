import { fail, ok, type Result } from '../../errors';
import type { Idea } from '../dot-vote/dot-vote';

/**
 * The rank activity (the start session's prioritised topics, handbook §2.2 step 6): members put the
 * post-its of the topics brainstorm in order; the Borda count of all rankings is the topic list.
 */

/** One member's ranking: idea ids, most important first (place = index + 1). One per member per phase. */
export interface Ranking {
  order: string[];
}

/** A topic in the aggregate: its Borda points and its competition rank (1, 2, 2, 4), ties marked. */
export interface PrioritisedTopic extends Idea {
  points: number;
  rank: number;
  tied: boolean;
}

export const RANKING_KIND = 'ranking';
/** The published topic list: one record per session, with the community's id as its id. */
export const TOPICS_KIND = 'topics';
/** A member ranks their top k topics, k at most this; the others stay unranked. */
export const MAX_RANKED = 10;

/** How many places a member can give: one per idea, at most `MAX_RANKED`. */
export const placesFor = (ideaCount: number): number => Math.min(MAX_RANKED, ideaCount);

type Place = number | 'none' | 'invalid';

/** A place as sent by the card: empty or '0' is unranked; otherwise an integer 1..places. */
function placeIn(value: unknown, places: number): Place {
  if (value === undefined || value === null || value === '' || value === '0' || value === 0) return 'none';
  if (typeof value !== 'string' && typeof value !== 'number') return 'invalid';
  const place = Number(value);
  return Number.isInteger(place) && place >= 1 && place <= places ? place : 'invalid';
}

/**
 * Reads a ranking from a submission (`rank_<ideaId>` fields). The rule: a member gives their top
 * k ≤ 10 topics a place, each place at most once; at least one topic. Only the order counts, so a
 * gap closes up (places 1, 2 and 5 are the first three). A place given twice is an invalid choice
 * whose params name the place.
 */
export function parseRanking(raw: Record<string, unknown>, ideas: readonly Idea[]): Result<Ranking> {
  if (ideas.length === 0) return fail('errors.vote.noIdeas');
  const places = placesFor(ideas.length);
  const placed = new Map<number, string>();
  for (const idea of ideas) {
    const place = placeIn(raw[`rank_${idea.id}`], places);
    if (place === 'none') continue;
    if (place === 'invalid') return fail('errors.input.invalidChoice', { field: 'rank' });
    if (placed.has(place)) return fail('errors.input.invalidChoice', { field: 'rank', place });
    placed.set(place, idea.id);
  }
  if (placed.size === 0) return fail('errors.input.required', { field: 'rank' });
  return ok({ order: [...placed.entries()].sort(([a], [b]) => a - b).map(([, id]) => id) });
}

/** The place of each ranked idea id (1 = most important). */
export const placesOf = (ranking: Ranking): Record<string, number> =>
  Object.fromEntries(ranking.order.map((id, i) => [id, i + 1]));

/**
 * The Borda count: with m ideas, the idea a member put in place p gets m − p points. Only ideas
 * somebody ranked are in it: an idea nobody gave a place is not a topic "tied at 0 points" but left
 * out (`unrankedIdeas`). Ideas that were withdrawn drop out of every ranking and the places behind
 * them move up. Most points first; equal points share a rank, are marked tied and keep the brainstorm order.
 */
export function bordaCount(ideas: readonly Idea[], rankings: readonly Ranking[]): PrioritisedTopic[] {
  const m = ideas.length;
  const known = new Set(ideas.map((i) => i.id));
  const points = new Map<string, number>();
  for (const ranking of rankings) {
    const order = [...new Set(ranking.order)].filter((id) => known.has(id));
    order.forEach((id, index) => points.set(id, (points.get(id) ?? 0) + m - (index + 1)));
  }
  const sorted = ideas
    .filter((idea) => points.has(idea.id))
    .map((idea) => ({ ...idea, points: points.get(idea.id) ?? 0 }))
    .sort((a, b) => b.points - a.points);
  return sorted.map((topic) => ({
    ...topic,
    rank: sorted.findIndex((other) => other.points === topic.points) + 1,
    tied: sorted.filter((other) => other.points === topic.points).length > 1,
  }));
}

/** The ideas no member gave a place, in brainstorm order: listed apart from the ranking. */
export const unrankedIdeas = (ideas: readonly Idea[], ranked: readonly { id: string }[]): Idea[] =>
  ideas.filter((idea) => !ranked.some((topic) => topic.id === idea.id));
