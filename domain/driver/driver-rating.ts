import { fail, ok, type Result } from '../errors';
import { ANONYMITY_THRESHOLD } from '../activities/survey/survey';

export const DRIVER_RATING_KIND = 'driver-rating';

/** "How far are we toward our driver?" 1 to 5. */
export function parseRating(raw: unknown): Result<1 | 2 | 3 | 4 | 5> {
  const score = Number(raw);
  if (raw === undefined || raw === '' || !Number.isInteger(score))
    return fail('errors.input.required', { field: 'rating' });
  if (score < 1 || score > 5) return fail('errors.input.invalidChoice', { field: 'rating' });
  return ok(score as 1 | 2 | 3 | 4 | 5);
}

/** How many rated, and the average once enough did that it shows no one's own score. */
export function ratingSummary(scores: readonly number[]): { count: number; average?: number } {
  if (scores.length < ANONYMITY_THRESHOLD) return { count: scores.length };
  const average = scores.reduce((a, b) => a + b, 0) / scores.length;
  return { count: scores.length, average: Math.round(average * 10) / 10 };
}
