import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Deps, Logger, Store } from '../../../domain/ports';
import type { Reminder } from '../../../domain/schedule/reminder';
import { claimReminder, reminderClaims } from '../../../domain/schedule/reminder-claims';
import { utcToZoned } from '../../../domain/schedule/zoned-time';
import { startScheduler, type Scheduler } from '../../../server/scheduler/scheduler';
import { openSqliteStore } from '../../../server/storage/sqlite/sqlite-store';
import { communityIn, depsWith, fakeClock, type FakeClock } from './schedule-fixtures';
import { openAction, plan } from './reminder-fixtures';

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
/** Ticks are driven by hand; the interval is far beyond any test. */
const HOUR_MS = 3_600_000;

let stores: Store[] = [];
let schedulers: Scheduler[] = [];

afterEach(async () => {
  await Promise.all(schedulers.map((s) => s.stop()));
  await Promise.all(stores.map((s) => s.close()));
  stores = [];
  schedulers = [];
});

const tempFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-scheduler-')), 'leerkring.db');

function open(file: string): Store {
  const store = openSqliteStore(file);
  stores.push(store);
  return store;
}

/** A scheduler that records what it sends; `fail` makes a send throw. */
function scheduler(
  deps: Deps,
  sent: { id: string; at: Date; by: string }[],
  instanceId: string,
  fail: (r: Reminder) => boolean = () => false,
): Scheduler {
  const s = startScheduler({
    deps,
    log: quiet,
    tickMs: HOUR_MS,
    instanceId,
    leaseMs: 5 * 60_000,
    retry: { baseDelayMs: 60_000, maxDelayMs: 600_000, maxAttempts: 5 },
    send: (reminder) => {
      if (fail(reminder)) return Promise.reject(Object.assign(new Error('Too Many Requests'), { statusCode: 429 }));
      sent.push({ id: reminder.id, at: deps.clock.now(), by: instanceId });
      return Promise.resolve();
    },
  });
  schedulers.push(s);
  return s;
}

const countById = (sent: { id: string }[]) =>
  sent.reduce<Record<string, number>>((all, s) => ({ ...all, [s.id]: (all[s.id] ?? 0) + 1 }), {});

async function setUp(iso: string, file = ':memory:'): Promise<{ deps: Deps; clock: FakeClock }> {
  const clock = fakeClock(iso);
  const store = open(file);
  await communityIn(store, clock);
  return { deps: depsWith(store, clock), clock };
}

describe('the scheduler, driven by a fake clock', () => {
  it('sends each reminder once, at the right Brussels time across the autumn change', async () => {
    const { deps, clock } = await setUp('2026-10-20T08:00:00Z');
    const [session] = await plan(deps, '/plan 27/10 15:00-16:30');
    await openAction(deps, 'a1', '2026-10-27');
    const sent: { id: string; at: Date; by: string }[] = [];
    const loop = scheduler(deps, sent, 'one');
    for (clock.set('2026-10-24T00:00:00Z'); clock.now() < new Date('2026-10-28T00:00:00Z'); clock.advance(15))
      await loop.tick();
    expect(sent.map((s) => [s.id, Object.values(utcToZoned(s.at, 'Europe/Brussels')).join(' ')])).toEqual([
      [`session/${session!.id}/P2D`, '2026-10-25 15:00'],
      ['action/community-1/session-0/a1/2026-10-25', '2026-10-25 15:00'],
      [`session/${session!.id}/PT1H`, '2026-10-27 14:00'],
      ['action/community-1/session-0/a1/2026-10-27', '2026-10-27 14:00'],
    ]);
  });

  it('two instances over one SQLite file send every reminder exactly once', async () => {
    const file = tempFile();
    const { deps: first, clock } = await setUp('2026-11-22T08:00:00Z', file);
    const second = depsWith(open(file), clock);
    await plan(first, '/plan 8/12 and 15/12 15:00-16:30');
    await plan(first, '/plan 22/12 15:00-16:30 closing');
    await openAction(first, 'a1', '2026-12-08');
    await openAction(first, 'a2', '2026-12-15');
    const sent: { id: string; at: Date; by: string }[] = [];
    const a = scheduler(first, sent, 'a');
    const b = scheduler(second, sent, 'b');
    for (clock.set('2026-12-05T00:00:00Z'); clock.now() < new Date('2026-12-23T00:00:00Z'); clock.advance(30))
      await Promise.all([a.tick(), b.tick()]);
    const counts = countById(sent);
    // 3 sessions × 2 reminders, 1 questionnaire (sent, then closed at the closing session's start), and per session
    // 2 days with its open actions: a1 before all three sessions (it stays open, overdue), a2 before the second and
    // third: 6 + 2 + 2 + 4 + 4.
    expect(Object.keys(counts).length).toBe(18);
    expect(Object.values(counts).every((n) => n === 1)).toBe(true);
    expect(new Set(sent.map((s) => s.by))).toEqual(new Set(['a', 'b']));
  });

  it('catches up after a restart: the latest due reminder once, nothing stale, nothing twice', async () => {
    const file = tempFile();
    const { deps, clock } = await setUp('2026-12-05T10:00:00Z', file);
    const [session] = await plan(deps, '/plan 8/12 15:00-16:30');
    await openAction(deps, 'a1', '2026-12-08');
    const sent: { id: string; at: Date; by: string }[] = [];
    const before = scheduler(deps, sent, 'before');
    await before.tick();
    await before.stop();
    expect(sent).toEqual([]);
    // Down from 5 December until half an hour before the session: the 2-day moment passed unseen.
    clock.set('2026-12-08T13:30:00Z');
    const after = scheduler(depsWith(open(file), clock), sent, 'after');
    await after.tick();
    await after.tick();
    expect(sent.map((s) => s.id)).toEqual([
      `session/${session!.id}/PT1H`,
      'action/community-1/session-0/a1/2026-12-08',
    ]);
  });

  it('takes over a reminder that a crashed instance claimed but never sent, once its lease has run out', async () => {
    const { deps, clock } = await setUp('2026-12-08T13:10:00Z');
    const [session] = await plan(deps, '/plan 8/12 15:00-16:30');
    const id = `session/${session!.id}/PT1H`;
    expect(
      await claimReminder(deps.store.documents, id, 'crashed', { now: clock.now(), leaseMs: 5 * 60_000 }),
    ).toBeDefined();
    const sent: { id: string; at: Date; by: string }[] = [];
    const survivor = scheduler(deps, sent, 'survivor');
    await survivor.tick();
    clock.advance(4);
    await survivor.tick();
    expect(sent).toEqual([]);
    clock.advance(2);
    await survivor.tick();
    await survivor.tick();
    expect(sent.map((s) => [s.id, s.by])).toEqual([[id, 'survivor']]);
    const claim = await deps.store.documents.get(reminderClaims, id);
    expect(claim?.value).toMatchObject({ state: 'sent', owner: 'survivor', attempts: 2 });
  });

  it('a failed send does not stop the others, and is retried after a back-off until it goes through', async () => {
    const { deps, clock } = await setUp('2026-12-08T13:01:00Z');
    const [session] = await plan(deps, '/plan 8/12 15:00-16:30');
    await openAction(deps, 'a1', '2026-12-08');
    const sessionId = `session/${session!.id}/PT1H`;
    let failures = 2;
    const sent: { id: string; at: Date; by: string }[] = [];
    const loop = scheduler(deps, sent, 'one', (r) => r.id === sessionId && failures-- > 0);
    await loop.tick();
    expect(sent.map((s) => s.id)).toEqual(['action/community-1/session-0/a1/2026-12-08']);
    clock.advance(0.5);
    await loop.tick();
    clock.advance(1); // first back-off: 1 minute → second attempt fails too
    await loop.tick();
    clock.advance(1); // second back-off: 2 minutes, not over yet
    await loop.tick();
    expect(countById(sent)[sessionId]).toBeUndefined();
    clock.advance(1.5);
    await loop.tick();
    await loop.tick();
    expect(countById(sent)).toEqual({ [sessionId]: 1, 'action/community-1/session-0/a1/2026-12-08': 1 });
  });

  it('catches up on start by itself, without waiting for the first interval', async () => {
    const { deps } = await setUp('2026-12-08T13:30:00Z');
    await plan(deps, '/plan 8/12 15:00-16:30');
    const sent: { id: string; at: Date; by: string }[] = [];
    const loop = scheduler(deps, sent, 'one');
    expect(await loop.firstPass).toEqual({ due: 1, sent: 1, failed: 0 });
    expect(sent.length).toBe(1);
  });
});
