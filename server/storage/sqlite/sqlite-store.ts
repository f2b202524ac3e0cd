import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { CheckIn } from '../../../domain/activities/check-in/check-in';
import { channelKey, type ChannelRef, type Community, type Membership } from '../../../domain/community/community';
import type {
  CheckInRepository,
  CommunityRepository,
  Contribution,
  ContributionRepository,
  DocumentRepository,
  KeyValueRepository,
  MemberRepository,
  SaveOutcome,
  SessionRepository,
  Store,
  Stored,
  UpsertOutcome,
  Version,
} from '../../../domain/ports';
import type { Session } from '../../../domain/session/session';
import { typedDocuments } from '../typed-documents';
import { migrate } from './migrations';
import { BUSY_TIMEOUT_MS, guarded, probe, type TroubleMemory } from './sqlite-faults';
import { checkIntegrity, damageOf } from './store-damaged';

interface Row {
  data: string;
  version: number;
}

/**
 * The embedded store: one SQLite file in WAL mode. Writes survive a process kill (synchronous=NORMAL).
 * A damaged file is refused at open (StoreDamaged); a locked or failing file rejects calls with StoreUnavailable.
 */
export function openSqliteStore(file: string): Store {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = openChecked(file);
  const memory: TroubleMemory = {};
  const guard = <T extends object>(repo: T): T => guarded(repo, memory);
  return {
    communities: guard(communities(db)),
    members: guard(members(db)),
    sessions: guard(sessions(db)),
    checkIns: guard(checkIns(db)),
    contributions: guard(contributions(db)),
    keyValues: guard(keyValues(db)),
    documents: guard(documents(db)),
    health: () => Promise.resolve({ kind: 'sqlite', location: file, ...probe(db, memory) }),
    close: () => Promise.resolve(void db.close()),
  };
}

function openChecked(file: string): Database.Database {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (file !== ':memory:') checkIntegrity(db, file);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw damageOf(error, file) ?? error;
  }
}

function communities(db: Database.Database): CommunityRepository {
  const byId = db.prepare<[string], Row>('SELECT data, version FROM communities WHERE id = ?');
  const byChannel = db.prepare<[string], Row>('SELECT data, version FROM communities WHERE channel_key = ?');
  const insert = db.prepare('INSERT OR IGNORE INTO communities (id, channel_key, data, version) VALUES (?, ?, ?, 1)');
  const update = db.prepare('UPDATE communities SET data = ?, version = version + 1 WHERE id = ? AND version = ?');
  return {
    get: (id) => Promise.resolve(stored<Community>(byId.get(id))),
    findByChannel: (channel: ChannelRef) => Promise.resolve(stored<Community>(byChannel.get(channelKey(channel)))),
    save: (c, expected) =>
      Promise.resolve(
        expected === null
          ? created(insert.run(c.id, channelKey(c.channel), JSON.stringify(c)).changes)
          : updated(update.run(JSON.stringify(c), c.id, Number(expected)).changes, expected),
      ),
  };
}

function members(db: Database.Database): MemberRepository {
  const get = db.prepare<[string, string], { data: string }>(
    'SELECT data FROM members WHERE community_id = ? AND user_id = ?',
  );
  const list = db.prepare<[string], { data: string }>('SELECT data FROM members WHERE community_id = ? ORDER BY rowid');
  const add = db.prepare('INSERT OR IGNORE INTO members (community_id, user_id, data) VALUES (?, ?, ?)');
  const setRole = db.prepare(
    `INSERT INTO members (community_id, user_id, data) VALUES (?, ?, ?)
     ON CONFLICT (community_id, user_id) DO UPDATE SET ` +
      `data = json_set(data, '$.role', json_extract(excluded.data, '$.role'))`,
  );
  const byUser = db.prepare<[string], { data: string }>('SELECT data FROM members WHERE user_id = ? ORDER BY rowid');
  const remove = db.prepare('DELETE FROM members WHERE community_id = ? AND user_id = ?');
  return {
    get: (communityId, userId) => Promise.resolve(parse<Membership>(get.get(communityId, userId)?.data)),
    list: (communityId) => Promise.resolve(list.all(communityId).map((r) => JSON.parse(r.data) as Membership)),
    listByUser: (userId) => Promise.resolve(byUser.all(userId).map((r) => JSON.parse(r.data) as Membership)),
    remove: (communityId, userId) => Promise.resolve(void remove.run(communityId, userId)),
    add: (m) =>
      Promise.resolve(add.run(m.communityId, m.userId, JSON.stringify(m)).changes === 1 ? 'created' : 'exists'),
    setRole: (m) => Promise.resolve(void setRole.run(m.communityId, m.userId, JSON.stringify(m))),
  };
}

function sessions(db: Database.Database): SessionRepository {
  const byId = db.prepare<[string], Row>('SELECT data, version FROM sessions WHERE id = ?');
  const latest = db.prepare<[string], Row>(
    'SELECT data, version FROM sessions WHERE community_id = ? ORDER BY number DESC LIMIT 1',
  );
  const insert = db.prepare(
    'INSERT OR IGNORE INTO sessions (id, community_id, number, data, version) VALUES (?, ?, ?, ?, 1)',
  );
  const update = db.prepare('UPDATE sessions SET data = ?, version = version + 1 WHERE id = ? AND version = ?');
  const all = db.prepare<[string], Row>('SELECT data, version FROM sessions WHERE community_id = ? ORDER BY number');
  return {
    get: (id) => Promise.resolve(stored<Session>(byId.get(id))),
    latest: (communityId) => Promise.resolve(stored<Session>(latest.get(communityId))),
    list: (communityId) => Promise.resolve(all.all(communityId).map((r) => stored<Session>(r) as Stored<Session>)),
    save: (s, expected) =>
      Promise.resolve(
        expected === null
          ? created(insert.run(s.id, s.communityId, s.number, JSON.stringify(s)).changes)
          : updated(update.run(JSON.stringify(s), s.id, Number(expected)).changes, expected),
      ),
  };
}

function checkIns(db: Database.Database): CheckInRepository {
  const get = db.prepare<[string, string], { data: string }>(
    'SELECT data FROM check_ins WHERE session_id = ? AND user_id = ?',
  );
  const list = db.prepare<[string], { data: string }>('SELECT data FROM check_ins WHERE session_id = ? ORDER BY rowid');
  const count = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM check_ins WHERE session_id = ?');
  const write = db.prepare(
    'INSERT INTO check_ins (session_id, user_id, data) VALUES (?, ?, ?) ' +
      'ON CONFLICT (session_id, user_id) DO UPDATE SET data = excluded.data',
  );
  const remove = db.prepare('DELETE FROM check_ins WHERE session_id = ? AND user_id = ?');
  const upsert = db.transaction((c: CheckIn): UpsertOutcome => {
    const data = JSON.stringify(c);
    const before = get.get(c.sessionId, c.userId)?.data;
    if (before === data) return 'unchanged';
    write.run(c.sessionId, c.userId, data);
    return before === undefined ? 'created' : 'updated';
  });
  return {
    upsert: (c: CheckIn) => Promise.resolve(upsert(c)),
    get: (sessionId, userId) => Promise.resolve(parse<CheckIn>(get.get(sessionId, userId)?.data)),
    list: (sessionId) => Promise.resolve(list.all(sessionId).map((r) => JSON.parse(r.data) as CheckIn)),
    count: (sessionId) => Promise.resolve(count.get(sessionId)?.n ?? 0),
    remove: (sessionId, userId) => Promise.resolve(void remove.run(sessionId, userId)),
  };
}

function contributions(db: Database.Database): ContributionRepository {
  const get = db.prepare<[string, string, string], Row>(
    'SELECT data, version FROM contributions WHERE session_id = ? AND kind = ? AND id = ?',
  );
  const list = db.prepare<[string, string], { data: string }>(
    'SELECT data FROM contributions WHERE session_id = ? AND kind = ? ORDER BY rowid',
  );
  const countPrefix = db.prepare<[string, string, string, string], { n: number }>(
    'SELECT COUNT(*) AS n FROM contributions WHERE session_id = ? AND kind = ? AND id >= ? AND id < ?',
  );
  const inCommunity = db.prepare<[string, string], { data: string }>(
    'SELECT data FROM contributions WHERE community_id = ? AND kind = ? ORDER BY rowid',
  );
  const insert = db.prepare(
    'INSERT OR IGNORE INTO contributions (session_id, kind, id, community_id, data, version) VALUES (?, ?, ?, ?, ?, 1)',
  );
  const update = db.prepare(
    'UPDATE contributions SET data = ?, version = version + 1 ' +
      'WHERE session_id = ? AND kind = ? AND id = ? AND version = ?',
  );
  const remove = db.prepare('DELETE FROM contributions WHERE session_id = ? AND kind = ? AND id = ? AND version = ?');
  const everything = db.prepare<[string], Row>(
    'SELECT data, version FROM contributions WHERE community_id = ? ORDER BY rowid',
  );
  const rows = <T>(r: { data: string }[]) => r.map((x) => JSON.parse(x.data) as Contribution<T>);
  return {
    get: <T>(sessionId: string, kind: string, id: string) =>
      Promise.resolve(stored<Contribution<T>>(get.get(sessionId, kind, id))),
    list: <T>(sessionId: string, kind: string) => Promise.resolve(rows<T>(list.all(sessionId, kind))),
    countWithPrefix: (sessionId, kind, prefix) =>
      Promise.resolve(countPrefix.get(sessionId, kind, prefix, `${prefix}\u{10FFFF}`)?.n ?? 0),
    listInCommunity: <T>(communityId: string, kind: string) =>
      Promise.resolve(rows<T>(inCommunity.all(communityId, kind))),
    listAllInCommunity: (communityId) =>
      Promise.resolve(everything.all(communityId).map((r) => stored<Contribution>(r) as Stored<Contribution>)),
    save: (c, expected) => {
      const data = JSON.stringify(c);
      return Promise.resolve(
        expected === null
          ? created(insert.run(c.sessionId, c.kind, c.id, c.communityId, data).changes)
          : updated(update.run(data, c.sessionId, c.kind, c.id, Number(expected)).changes, expected),
      );
    },
    remove: (sessionId, kind, id, expected) =>
      Promise.resolve(
        remove.run(sessionId, kind, id, Number(expected)).changes === 1
          ? { ok: true, version: expected }
          : { ok: false, reason: 'conflict' },
      ),
  };
}

function keyValues(db: Database.Database): KeyValueRepository {
  const get = db.prepare<[string], { data: string }>('SELECT data FROM key_values WHERE key = ?');
  const put = db.prepare(
    'INSERT INTO key_values (key, data) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET data = excluded.data',
  );
  const putNew = db.prepare('INSERT OR IGNORE INTO key_values (key, data) VALUES (?, ?)');
  const list = db.prepare<[string, string], { key: string; data: string }>(
    'SELECT key, data FROM key_values WHERE key >= ? AND key < ? ORDER BY key',
  );
  const remove = db.prepare('DELETE FROM key_values WHERE key = ?');
  return {
    get: <T>(key: string) => Promise.resolve(parse<T>(get.get(key)?.data)),
    put: (key, value) => Promise.resolve(void put.run(key, JSON.stringify(value))),
    putIfAbsent: (key, value) => Promise.resolve(putNew.run(key, JSON.stringify(value)).changes === 1),
    list: <T>(prefix: string) =>
      Promise.resolve(
        list.all(prefix, `${prefix}\u{10FFFF}`).map((r) => ({ key: r.key, value: JSON.parse(r.data) as T })),
      ),
    remove: (key) => Promise.resolve(void remove.run(key)),
  };
}

function documents(db: Database.Database): DocumentRepository {
  const get = db.prepare<[string, string], Row>('SELECT data, version FROM documents WHERE collection = ? AND id = ?');
  const list = db.prepare<[string, string, string], Row & { id: string }>(
    'SELECT id, data, version FROM documents WHERE collection = ? AND id >= ? AND id < ? ORDER BY id',
  );
  const insert = db.prepare('INSERT OR IGNORE INTO documents (collection, id, data, version) VALUES (?, ?, ?, 1)');
  const update = db.prepare(
    'UPDATE documents SET data = ?, version = version + 1 WHERE collection = ? AND id = ? AND version = ?',
  );
  const remove = db.prepare('DELETE FROM documents WHERE collection = ? AND id = ? AND version = ?');
  return typedDocuments({
    get: (collection, id) => Promise.resolve(stored<unknown>(get.get(collection, id))),
    list: (collection, prefix = '') =>
      Promise.resolve(
        list
          .all(collection, prefix, `${prefix}\u{10FFFF}`)
          .map((r) => ({ id: r.id, ...(stored<unknown>(r) as Stored<unknown>) })),
      ),
    save: (collection, id, value, expected) => {
      const data = JSON.stringify(value);
      return Promise.resolve(
        expected === null
          ? created(insert.run(collection, id, data).changes)
          : updated(update.run(data, collection, id, Number(expected)).changes, expected),
      );
    },
    remove: (collection, id, expected) =>
      Promise.resolve(
        remove.run(collection, id, Number(expected)).changes === 1
          ? { ok: true, version: expected }
          : { ok: false, reason: 'conflict' },
      ),
  });
}

const stored = <T>(row: Row | undefined): Stored<T> | undefined =>
  row ? { value: JSON.parse(row.data) as T, version: String(row.version) } : undefined;

const parse = <T>(data: string | undefined): T | undefined =>
  data === undefined ? undefined : (JSON.parse(data) as T);

const created = (changes: number): SaveOutcome =>
  changes === 1 ? { ok: true, version: '1' } : { ok: false, reason: 'conflict' };

const updated = (changes: number, expected: Version): SaveOutcome =>
  changes === 1 ? { ok: true, version: String(Number(expected) + 1) } : { ok: false, reason: 'conflict' };
