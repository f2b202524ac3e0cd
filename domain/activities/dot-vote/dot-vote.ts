import { fail, ok, type Result } from '../../errors';

/** How many dots each member spends, and how many at most on one idea. */
export interface VoteRules {
  dots: number;
  capPerItem: number;
}

/** One member's dots per idea id. One ballot per member per vote; a new one replaces the old. */
export interface Ballot {
  allocations: Record<string, number>;
  /** What each idea given dots was when they were placed, so the dots can follow it when it is merged or dropped. */
  placedOn?: Record<string, { text: string; postIts: string[] }>;
}

export interface Idea {
  id: string;
  text: string;
  /** The cluster a facilitator sorted it into while condensing (in the tab). */
  cluster?: string;
}

export interface RankedIdea extends Idea {
  votes: number;
  /** Competition ranking: 1, 2, 2, 4. */
  rank: number;
  tied: boolean;
}

export const BALLOT_KIND = 'ballot';
export const DEFAULT_DOTS = 5;
export const DEFAULT_CAP = 3;

/** Five dots, or fewer when there are few ideas (never more dots than ideas minus one, at least one). */
export function defaultRules(ideaCount: number, dots?: number, capPerItem?: number): VoteRules {
  const spend = dots ?? Math.max(1, Math.min(DEFAULT_DOTS, ideaCount - 1));
  return { dots: spend, capPerItem: Math.min(capPerItem ?? DEFAULT_CAP, spend) };
}

/** Reads dots per idea from a submission (`dots_<ideaId>` fields) and checks budget and cap. */
export function parseBallot(raw: Record<string, unknown>, ideas: readonly Idea[], rules: VoteRules): Result<Ballot> {
  if (ideas.length === 0) return fail('errors.vote.noIdeas');
  if (dotsOnOthers(raw, ideas)) return fail('errors.vote.ideasChanged');
  const allocations: Record<string, number> = {};
  for (const idea of ideas) {
    const value = raw[`dots_${idea.id}`];
    const dots = value === undefined || value === '' ? 0 : Number(value);
    if (!Number.isInteger(dots) || dots < 0) return fail('errors.input.invalidChoice', { field: 'dots' });
    if (dots > rules.capPerItem) return fail('errors.vote.overCap', { cap: rules.capPerItem });
    if (dots > 0) allocations[idea.id] = dots;
  }
  const spent = spentDots({ allocations });
  if (spent > rules.dots) return fail('errors.vote.overBudget', { spent, dots: rules.dots });
  return ok({ allocations });
}

/** Dots on an idea that is no longer voted on: the member's card is older than the facilitator's last change. */
const dotsOnOthers = (raw: Record<string, unknown>, ideas: readonly Idea[]): boolean => {
  const ids = new Set(ideas.map((i) => `dots_${i.id}`));
  return Object.entries(raw).some(([key, value]) => key.startsWith('dots_') && !ids.has(key) && Number(value) > 0);
};

export const spentDots = (ballot: Ballot): number => Object.values(ballot.allocations).reduce((a, b) => a + b, 0);

/** The ideas by votes, most first, with ties marked; ideas of equal votes keep their order. */
export function tally(ideas: readonly Idea[], ballots: readonly Ballot[]): RankedIdea[] {
  const votes = new Map(ideas.map((i) => [i.id, 0]));
  for (const ballot of ballots) {
    for (const [id, dots] of Object.entries(ballot.allocations))
      if (votes.has(id)) votes.set(id, (votes.get(id) ?? 0) + dots);
  }
  const sorted = ideas.map((idea) => ({ ...idea, votes: votes.get(idea.id) ?? 0 })).sort((a, b) => b.votes - a.votes);
  return sorted.map((idea) => {
    const rank = sorted.findIndex((other) => other.votes === idea.votes) + 1;
    const tied = sorted.filter((other) => other.votes === idea.votes).length > 1;
    return { ...idea, rank, tied };
  });
}
