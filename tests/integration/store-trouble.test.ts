import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../server/storage/sqlite/sqlite-store';
import { cardAction, message, users } from '../fakes/activities';
import { cardOf, invokeCard, sessionIdOf, visibleText } from './card-reading';
import { startHarness, type Harness } from './harness';

const root = path.join(__dirname, '..', '..');
const BUSY = 'Er antwoorden veel mensen tegelijk. Probeer het zo meteen opnieuw';

/** Another process's write lock on the file (a second connection, as a backup tool or the sqlite3 shell would). */
function lockFile(file: string): { release(): void } {
  const other = new Database(file);
  other.exec('BEGIN EXCLUSIVE');
  return {
    release: () => {
      other.exec('ROLLBACK');
      other.close();
    },
  };
}

describe('a store that another process keeps locked', () => {
  let h: Harness;
  let sessionId: string;
  const where = () => ({ serviceUrl: h.connector.url });
  const checkIn = () =>
    cardAction(
      'checkin.submit',
      { sessionId, phaseIndex: 0, cardVersion: 1, mood: 'rainy', answer: 'Mijn klas was onrustig', obstacles: '' },
      users.pieter,
      where(),
    );

  beforeEach(async () => {
    h = await startHarness();
    await h.post(message('/start-bijeenkomst', users.griet, where()));
    sessionId = sessionIdOf(h.connector.sent().at(-1));
  });
  afterEach(() => h.stop());

  it('answers a check-in with the busy message and what was typed; once free, the resubmit is saved', async () => {
    const lock = lockFile(path.join(h.dataDir, 'leerkring.db'));
    const started = Date.now();
    const refused = await h.post(checkIn());
    const waited = Date.now() - started;
    lock.release();

    const text = visibleText(invokeCard(refused.body));
    expect(text).toContain(BUSY);
    expect(text).toContain('Mijn klas was onrustig');
    expect(text).not.toContain('Er ging bij mij iets mis');
    expect(text).not.toContain('rainy'); // a choice, not typed text: nothing to hand back
    expect(waited).toBeLessThan(4000); // well inside Teams' wait for an invoke answer

    const again = await h.post(checkIn());
    expect(visibleText(invokeCard(again.body))).toContain('je check-in is bewaard');
    expect(await h.app.deps.store.checkIns.get(sessionId, users.pieter.id)).toMatchObject({
      answer: 'Mijn klas was onrustig',
    });
  });

  it('answers a command with the busy message and the command typed', async () => {
    const lock = lockFile(path.join(h.dataDir, 'leerkring.db'));
    const sent = h.connector.sent().length;
    await h.post(message('/volgende', users.griet, where()));
    lock.release();
    await h.connector.waitFor(() => h.connector.sent().length > sent);
    const text = visibleText(cardOf(h.connector.sent().at(-1)!.activity));
    expect(text).toContain(BUSY);
    expect(text).toContain('/volgende');
    expect(text).not.toContain('<at>');
  });

  it('reports the trouble on /healthz while the lock is held, and is healthy again after', async () => {
    const lock = lockFile(path.join(h.dataDir, 'leerkring.db'));
    const during = await fetch(`${h.url}/healthz`);
    lock.release();
    expect(during.status).toBe(503);
    expect(await during.json()).toMatchObject({ status: 'degraded', store: { ok: false, reason: 'busy' } });
    const after = await fetch(`${h.url}/healthz`);
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({ status: 'ok', store: { ok: true } });
  });
});

describe('a damaged database file', () => {
  it('is refused at start, with what to do, and is left as it was', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-damaged-'));
    const file = path.join(dataDir, 'leerkring.db');
    const store = openSqliteStore(file);
    for (let i = 0; i < 300; i++) await store.keyValues.put(`note-${i}`, { text: `${'x'.repeat(500)} ${i}` });
    await store.close();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, 32 * 4096); // 8 KB of garbage over two pages mid-file
    fs.closeSync(fd);
    const before = fs.readFileSync(file);

    const run = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'server', 'main.ts')],
      { env: { PATH: process.env.PATH, LEERKRING_DATA_DIR: dataDir, PORT: '0' }, encoding: 'utf8', timeout: 30_000 },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Leerkring cannot open its store');
    expect(run.stderr).toContain(`The database file ${file} is damaged`);
    expect(run.stderr).toContain('Restore the file from a backup');
    expect(run.stderr).toContain('/export');
    expect(run.stdout).not.toContain('Bot endpoint');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('a sound file passes the check and opens', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-sound-')), 'leerkring.db');
    const first = openSqliteStore(file);
    await first.keyValues.put('kept', { n: 1 });
    await first.close();
    const second = openSqliteStore(file);
    expect(await second.keyValues.get('kept')).toEqual({ n: 1 });
    await second.close();
  });
});
