import { fail, type Result } from './errors';
import type { SaveOutcome } from './ports';

const MAX_ATTEMPTS = 8;

/**
 * Runs `attempt` again while it reports a version conflict: each attempt re-reads what it changes,
 * so two writers that raced both land. Gives up with `errors.store.busy` after a few tries.
 */
export async function retryOnConflict<T>(attempt: () => Promise<Result<T> | 'conflict'>): Promise<Result<T>> {
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    const outcome = await attempt();
    if (outcome !== 'conflict') return outcome;
  }
  return fail('errors.store.busy');
}

export const conflicted = (outcome: SaveOutcome): outcome is { ok: false; reason: 'conflict' } => !outcome.ok;
