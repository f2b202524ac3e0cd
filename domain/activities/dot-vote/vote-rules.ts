import { fail, ok, type Result } from '../../errors';
import type { PhaseSettings } from '../../session/session';

export const MAX_DOTS = 20;

/** Reads "/vote 5 3": dots per member, then (optionally) the cap per idea. Nothing given sets nothing. */
export function parseVoteRules(args: string): Result<PhaseSettings> {
  const words = args.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return ok({});
  const [dots, cap] = words.map(Number);
  if (words.length > 2 || !isCount(dots) || (cap !== undefined && (!isCount(cap) || cap > (dots ?? 0))))
    return fail('errors.input.voteRules');
  return ok(cap === undefined ? { dots } : { dots, capPerItem: cap });
}

const isCount = (n: number | undefined): n is number =>
  n !== undefined && Number.isInteger(n) && n >= 1 && n <= MAX_DOTS;
