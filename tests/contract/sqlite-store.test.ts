import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../server/storage/sqlite/sqlite-store';
import { MIGRATIONS } from '../../server/storage/sqlite/migrations';
import { storeContract } from './store-contract';

const tempFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-sqlite-')), 'nested', 'leerkring.db');

storeContract(
  'SQLite',
  () => Promise.resolve(openSqliteStore(tempFile())),
  (store) => store.close(),
);

describe('the SQLite file', () => {
  it('keeps what was written after the store is closed and opened again', async () => {
    const file = tempFile();
    const first = openSqliteStore(file);
    await first.keyValues.put('k', { v: 'bewaard' });
    await first.close();
    const second = openSqliteStore(file);
    expect(await second.keyValues.get('k')).toEqual({ v: 'bewaard' });
    expect(await second.health()).toEqual({ kind: 'sqlite', location: file, ok: true });
    await second.close();
  });

  it('runs in WAL mode with the newest schema version', async () => {
    const file = tempFile();
    await openSqliteStore(file).close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('upgrades a database from before the first migration without wiping what else it holds', async () => {
    const file = tempFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const old = new Database(file);
    old.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('van vroeger');");
    old.close();
    const store = openSqliteStore(file);
    await store.keyValues.put('new', 1);
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT text FROM notes').get()).toEqual({ text: 'van vroeger' });
    db.close();
  });

  it('refuses a database written by a newer version of the app instead of damaging it', () => {
    const file = tempFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const newer = new Database(file);
    newer.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    newer.close();
    expect(() => openSqliteStore(file)).toThrow(/newer than this app knows/);
  });
});
