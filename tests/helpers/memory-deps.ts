import type { Clock, Deps } from '../../domain/ports';
import { openSqliteStore } from '../../server/storage/sqlite/sqlite-store';

/** Deps over a fresh in-memory SQLite store with numbered ids, for one test file; the store closes after it. */
export function memoryDeps(clock: Clock): Deps {
  let ids = 0;
  const deps: Deps = { store: openSqliteStore(':memory:'), clock, ids: { next: () => `id-${++ids}` } };
  afterAll(() => deps.store.close());
  return deps;
}
