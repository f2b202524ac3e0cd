import type { Candidate } from './candidates';
import type { Ballot } from './dot-vote';

/** Dots that went back to their owner, and why: the idea was dropped, split, or merged into a cluster that is full. */
export interface ReturnedDots {
  text: string;
  dots: number;
  reason: 'dropped' | 'split' | 'full';
  into?: string;
}

/** Dots that followed an idea into the cluster it was merged into. */
export interface MovedDots {
  text: string;
  dots: number;
  into: string;
}

/** A ballot on the candidates as they are now. */
export interface SettledBallot {
  allocations: Record<string, number>;
  returned: ReturnedDots[];
  moved: MovedDots[];
}

/**
 * A ballot cast on earlier candidates, brought onto today's: dots on a candidate that is gone follow its post-its into
 * the one candidate now holding them all (merged, renamed) as far as the cap per item allows; the rest, and dots on a
 * candidate that was dropped or split, go back to the owner. The stored ballot is not changed, so when a facilitator
 * undoes a change the dots are back where they were.
 */
export function settleBallot(ballot: Ballot, candidates: readonly Candidate[], cap: number): SettledBallot {
  const holder = new Map(candidates.flatMap((c) => c.postIts.map((p) => [p, c] as const)));
  const current = new Set(candidates.map((c) => c.id));
  const entries = Object.entries(ballot.allocations);
  const allocations = Object.fromEntries(entries.filter(([id]) => current.has(id)));
  const settled: SettledBallot = { allocations, returned: [], moved: [] };
  for (const [id, dots] of entries.filter(([id]) => !current.has(id))) {
    const placed = ballot.placedOn?.[id] ?? { text: '', postIts: [id] };
    const targets = new Set(placed.postIts.flatMap((p) => holder.get(p) ?? []));
    const [target] = targets;
    if (targets.size !== 1 || !target) {
      settled.returned.push({ text: placed.text, dots, reason: targets.size === 0 ? 'dropped' : 'split' });
      continue;
    }
    const moving = Math.min(dots, Math.max(0, cap - (allocations[target.id] ?? 0)));
    if (moving > 0) {
      allocations[target.id] = (allocations[target.id] ?? 0) + moving;
      settled.moved.push({ text: placed.text, dots: moving, into: target.text });
    }
    if (dots > moving)
      settled.returned.push({ text: placed.text, dots: dots - moving, reason: 'full', into: target.text });
  }
  return settled;
}
