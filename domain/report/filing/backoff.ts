/** How long a failed filing waits before the next attempt. */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
  /** 0 ≤ random() < 1; injected so tests can pin the jitter. */
  random: () => number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 15_000, capMs: 30 * 60_000, random: Math.random };

/**
 * Exponential backoff with "equal jitter": the n-th failure waits between half and all of base·2ⁿ⁻¹ (capped), so
 * instances that failed together spread out, and never less than the Retry-After the server asked for.
 */
export function backoffMs(attempt: number, policy: BackoffPolicy, retryAfterMs = 0): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = ceiling / 2 + policy.random() * (ceiling / 2);
  return Math.round(Math.max(jittered, retryAfterMs));
}
