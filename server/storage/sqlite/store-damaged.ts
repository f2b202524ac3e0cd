import { sqliteCodeOf } from './sqlite-faults';
import type Database from 'better-sqlite3';

/** The SQLite file fails its integrity check: the server must not start on it (writes would spread the damage). */
export class StoreDamaged extends Error {
  override readonly name = 'StoreDamaged';
  constructor(
    readonly file: string,
    readonly findings: string[],
  ) {
    super(
      [
        `The database file ${file} is damaged (SQLite's integrity check: ${findings.join('; ')}).`,
        'Leerkring does not start on a damaged file, so nothing more is lost. What to do:',
        `1. Restore the file from a backup (see "Backing up the data" in the README): copy it to ${file}, after`,
        `   removing ${file}-wal and ${file}-shm if they are there.`,
        '2. Without a backup: move the damaged file (and any -wal/-shm files beside it) aside and keep it;',
        `   "sqlite3 damaged.db .recover | sqlite3 recovered.db" often saves most of it. The last export zip of each`,
        '   community (/export) holds its data up to that day.',
      ].join('\n'),
    );
  }
}

const DAMAGE = /^SQLITE_(CORRUPT|NOTADB)/;

/** SQLite's quick check (structure of every page, no index cross-check): throws StoreDamaged unless it says ok. */
export function checkIntegrity(db: Database.Database, file: string): void {
  const rows = db.pragma('quick_check(5)') as { quick_check: string }[];
  const findings = rows.map((r) => r.quick_check);
  if (findings.length !== 1 || findings[0] !== 'ok') throw new StoreDamaged(file, findings);
}

/** Opening a file whose header or schema is damaged fails before the check can run: the same answer. */
export function damageOf(error: unknown, file: string): StoreDamaged | undefined {
  if (error instanceof StoreDamaged) return error;
  if (DAMAGE.test(sqliteCodeOf(error) ?? '')) return new StoreDamaged(file, [String((error as Error).message)]);
  return undefined;
}
