import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collection } from '../../domain/collection';
import type { Deps } from '../../domain/ports';
import { startSession } from '../../domain/session/start-session';
import { endSession, moveSessionPhase } from '../../domain/session/steer-session';
import { advanceDuePhases, phaseEndsAt, setAutoAdvance } from '../../domain/session/timebox';
import { openSqliteStore } from '../../server/storage/sqlite/sqlite-store';

const channel = { teamId: 'team-1', channelId: 'channel-1' };
const place = { channel, name: 'PLG', language: 'nl' as const };
const griet = { userId: '29:griet', name: 'Griet' };
const steer = { channel, actorId: griet.userId };

let file: string;
let clock: Date;
let ids = 0;
const depsOn = (f: string): Deps => ({
  store: openSqliteStore(f),
  clock: { now: () => clock },
  ids: { next: () => `id-${++ids}` },
});
let deps: Deps;

beforeEach(async () => {
  clock = new Date('2026-11-22T14:00:00Z');
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-timebox-')), 'db.sqlite');
  deps = depsOn(file);
  const started = await startSession(deps, { place, actor: griet, format: 'regular' });
  if (!started.ok) throw new Error(started.error.code);
});
afterEach(() => deps.store.close());

const minutes = (n: number) => (clock = new Date(clock.getTime() + n * 60_000));
const phaseOf = async (d: Deps) => {
  const s = await d.store.sessions.latest((await d.store.communities.findByChannel(channel))!.value.id);
  return s?.value.state.kind === 'running' ? s.value.state.phaseIndex : -1;
};

describe('phases on their timebox', () => {
  it(
    'stay put until the facilitator turns auto-advance on, ' + 'then move when the time is up, one phase at a time',
    async () => {
      minutes(11);
      expect(await advanceDuePhases(deps)).toEqual([]);
      const on = await setAutoAdvance(deps, steer, true);
      expect(on.ok && phaseEndsAt(on.value.session)?.toISOString()).toBe('2026-11-22T14:10:00.000Z');
      minutes(60);
      expect((await advanceDuePhases(deps)).map((s) => s.state)).toEqual([
        { kind: 'running', phaseIndex: 1, phaseStartedAt: clock.toISOString() },
      ]);
      expect(await advanceDuePhases(deps)).toEqual([]);
      minutes(25);
      await advanceDuePhases(deps);
      expect(await phaseOf(deps)).toBe(2);
    },
  );

  it('never ends the session by the clock, and forgets a session that ended or was switched off', async () => {
    await setAutoAdvance(deps, steer, true);
    for (let i = 0; i < 4; i++) await moveSessionPhase(deps, steer, 1);
    minutes(600);
    expect(await advanceDuePhases(deps)).toEqual([]);
    expect(await phaseOf(deps)).toBe(4);
    await endSession(deps, steer);
    await advanceDuePhases(deps);
    expect(await deps.store.documents.list(collection('auto-advance'))).toEqual([]);
  });

  it('moves a session once when two instances look at the same time, and carries on after a restart', async () => {
    await setAutoAdvance(deps, steer, true);
    minutes(11);
    const other = depsOn(file);
    const [a, b] = await Promise.all([advanceDuePhases(deps), advanceDuePhases(other)]);
    expect(a.length + b.length).toBe(1);
    await other.store.close();
    const restarted = depsOn(file);
    minutes(26);
    expect(await advanceDuePhases(restarted)).toHaveLength(1);
    expect(await phaseOf(restarted)).toBe(2);
    await restarted.store.close();
  });

  it('is for facilitators only', async () => {
    expect(await setAutoAdvance(deps, { channel, actorId: '29:pieter' }, true)).toMatchObject({
      ok: false,
      error: { code: 'errors.role.facilitatorOnly' },
    });
  });
});
