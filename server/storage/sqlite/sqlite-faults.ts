import Database from 'better-sqlite3';
import { StoreUnavailable, type StoreTrouble } from '../../../domain/store-unavailable';

const BUSY = /^SQLITE_(BUSY|LOCKED)/;
const FAILING = /^SQLITE_(IOERR|FULL|READONLY|CORRUPT|NOTADB|CANTOPEN|PROTOCOL|NOMEM|PERM)/;

/** Which trouble a SQLite error means; undefined for errors that are bugs (constraints, SQL), not the store's state. */
export function troubleOf(error: unknown): StoreTrouble | undefined {
  const code = sqliteCodeOf(error);
  if (code === undefined) return undefined;
  if (BUSY.test(code)) return 'busy';
  if (FAILING.test(code)) return 'failing';
  return undefined;
}

/**
 * The SQLite result code of a better-sqlite3 error. Recognised by its name as well as its class: the native addon
 * keeps the first `SqliteError` class it was given per process, so where modules are loaded more than once (each jest
 * test file has its own registry and globals, `Error` included) an `instanceof` alone would miss it.
 */
export function sqliteCodeOf(error: unknown): string | undefined {
  const named = typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'SqliteError';
  if (!(error instanceof Database.SqliteError) && !named) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** The last write's trouble, if it failed: /healthz reports it until a write succeeds again. */
export interface TroubleMemory {
  last?: StoreTrouble;
}

const WRITES = new Set(['save', 'upsert', 'put', 'putIfAbsent', 'add', 'setRole', 'remove']);

type Method = (...args: unknown[]) => unknown;

/** The repository with every method's SQLite trouble turned into a rejected `StoreUnavailable`. */
export function guarded<T extends object>(repo: T, memory: TroubleMemory): T {
  const methods = Object.entries(repo as Record<string, Method>).map(([name, method]) => {
    const fail = (error: unknown): Promise<never> => {
      const trouble = troubleOf(error);
      if (!trouble) return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      if (WRITES.has(name)) memory.last = trouble;
      return Promise.reject(new StoreUnavailable(trouble, { cause: error }));
    };
    const wrapped = (...args: unknown[]): Promise<unknown> => {
      try {
        return Promise.resolve(method(...args)).then((value) => {
          if (WRITES.has(name)) delete memory.last;
          return value;
        }, fail);
      } catch (error) {
        return fail(error);
      }
    };
    return [name, wrapped] as const;
  });
  return Object.fromEntries(methods) as T;
}

/** How long a write waits for another process's lock before the member is told the store is busy. */
export const BUSY_TIMEOUT_MS = 1000;

/**
 * A cheap look at the store for /healthz: a read of the schema, then whether a write lock can be had at once
 * (released straight away), then whether the last write failed for another reason (a full disk, a read-only file).
 */
export function probe(db: Database.Database, memory: TroubleMemory): { ok: boolean; reason?: StoreTrouble } {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    db.pragma('busy_timeout = 100');
    try {
      db.exec('BEGIN IMMEDIATE');
      db.exec('ROLLBACK');
    } finally {
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
  } catch (error) {
    return { ok: false, reason: troubleOf(error) ?? 'failing' };
  }
  if (memory.last === 'busy') delete memory.last; // the lock could be had just now: no longer busy
  return memory.last ? { ok: false, reason: memory.last } : { ok: true };
}
