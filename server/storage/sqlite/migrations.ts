import type Database from 'better-sqlite3';

/**
 * Schema migrations, applied in order. Never edit one that has shipped: add a new one.
 * `PRAGMA user_version` records how many have been applied, so an older database is upgraded in place.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: communities and their members, sessions, check-ins, adapter key-values.
  `CREATE TABLE communities (
     id TEXT PRIMARY KEY,
     channel_key TEXT NOT NULL UNIQUE,
     data TEXT NOT NULL,
     version INTEGER NOT NULL
   );
   CREATE TABLE members (
     community_id TEXT NOT NULL,
     user_id TEXT NOT NULL,
     data TEXT NOT NULL,
     PRIMARY KEY (community_id, user_id)
   );
   CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     community_id TEXT NOT NULL,
     number INTEGER NOT NULL,
     data TEXT NOT NULL,
     version INTEGER NOT NULL,
     UNIQUE (community_id, number)
   );
   CREATE TABLE check_ins (
     session_id TEXT NOT NULL,
     user_id TEXT NOT NULL,
     data TEXT NOT NULL,
     PRIMARY KEY (session_id, user_id)
   );
   CREATE TABLE key_values (
     key TEXT PRIMARY KEY,
     data TEXT NOT NULL
   );`,
  // 2: contributions of every other activity (post-its, ballots, actions, …).
  `CREATE TABLE contributions (
     session_id TEXT NOT NULL,
     kind TEXT NOT NULL,
     id TEXT NOT NULL,
     community_id TEXT NOT NULL,
     data TEXT NOT NULL,
     version INTEGER NOT NULL,
     PRIMARY KEY (session_id, kind, id)
   );
   CREATE INDEX contributions_by_community ON contributions (community_id, kind);`,
  // 3: versioned documents in collections (driver canvas, outbox, schedule, scheduler claims).
  `CREATE TABLE documents (
     collection TEXT NOT NULL,
     id TEXT NOT NULL,
     data TEXT NOT NULL,
     version INTEGER NOT NULL,
     PRIMARY KEY (collection, id)
   );`,
  // 4: a user's memberships across communities (for /forget-me).
  `CREATE INDEX members_by_user ON members (user_id);`,
];

/** Brings the database to the newest schema; returns the versions before and after. */
export function migrate(db: Database.Database): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > MIGRATIONS.length) {
    throw new Error(`The database has schema version ${from}, newer than this app knows (${MIGRATIONS.length}).`);
  }
  const apply = db.transaction(() => {
    for (let version = from + 1; version <= MIGRATIONS.length; version++) {
      db.exec(MIGRATIONS[version - 1] ?? '');
      db.pragma(`user_version = ${version}`);
    }
  });
  apply();
  return { from, to: MIGRATIONS.length };
}
