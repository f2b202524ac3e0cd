import type { Phase } from '../../session/formats';

/** The start session's topics brainstorm (handbook §2.2 step 6): what its ranking puts in order. */
export const TOPIC_IDEAS_KEY = 'topic-ideas';

/**
 * The brainstorm phases whose post-its a vote or ranking at `index` offers. A ranking after a topics brainstorm
 * offers only that brainstorm's topics, not the shared history or the expectations; an agenda without one (an older
 * start session, a custom agenda) offers every brainstorm before it, as it always did.
 */
export function sourcePhases(agenda: readonly Phase[], index: number): Set<number> {
  const brainstorms = agenda.flatMap((p, i) => (i < index && p.activity === 'brainstorm' ? [i] : []));
  if (agenda[index]?.activity !== 'rank') return new Set(brainstorms);
  const topics = brainstorms.filter((i) => agenda[i]?.key === TOPIC_IDEAS_KEY);
  return new Set(topics.length > 0 ? topics : brainstorms);
}
