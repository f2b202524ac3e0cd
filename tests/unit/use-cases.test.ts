import { submitCheckIn } from '../../domain/activities/check-in/submit-check-in';
import { membership } from '../../domain/community/community';
import { roleOf } from '../../domain/community/role-of';
import type { Deps } from '../../domain/ports';
import { startSession } from '../../domain/session/start-session';
import { endSession, moveSessionPhase, runningSession } from '../../domain/session/steer-session';
import { openSqliteStore } from '../../server/storage/sqlite/sqlite-store';

const channel = { teamId: 'team-1', channelId: 'channel-1' };
const place = { channel, name: 'PLG Anatomie & Fysiologie', language: 'nl' as const };
const griet = { userId: '29:griet', name: 'Griet' };
const pieter = { userId: '29:pieter', name: 'Pieter' };

let deps: Deps;
let clock: Date;
let ids = 0;

beforeEach(() => {
  clock = new Date('2026-11-22T14:00:00Z');
  deps = { store: openSqliteStore(':memory:'), clock: { now: () => clock }, ids: { next: () => `id-${++ids}` } };
});
afterEach(() => deps.store.close());

async function started() {
  const result = await startSession(deps, { place, actor: griet, format: 'regular' });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('starting a session', () => {
  it('founds the community on first use, with the starter as facilitator', async () => {
    const { session, community, founded } = await started();
    expect(founded).toBe(true);
    expect(await roleOf(deps, community.id, griet.userId)).toBe('facilitator');
    expect(session).toMatchObject({ number: 1, state: { kind: 'running', phaseIndex: 0 } });
  });

  it('refuses a second start while one runs, and names the running session', async () => {
    const { session } = await started();
    expect(await startSession(deps, { place, actor: griet, format: 'regular' })).toEqual({
      ok: false,
      error: { code: 'errors.session.alreadyRunning', params: { sessionId: session.id, number: 1 } },
    });
  });

  it('lets only facilitators start once the community exists', async () => {
    const { session } = await started();
    await endSession(deps, { channel, actorId: griet.userId });
    expect(await startSession(deps, { place, actor: pieter, format: 'regular' })).toEqual({
      ok: false,
      error: { code: 'errors.role.facilitatorOnly', params: { facilitators: 'Griet' } },
    });
    const next = await startSession(deps, { place, actor: griet, format: 'regular' });
    expect(next.ok && next.value.session.number).toBe(session.number + 1);
    expect(next.ok && next.value.founded).toBe(false);
  });

  it('starts exactly one session when two facilitators start at the same instant', async () => {
    await started();
    await endSession(deps, { channel, actorId: griet.userId });
    const results = await Promise.all(
      [1, 2, 3].map(() => startSession(deps, { place, actor: griet, format: 'regular' })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual([
      'errors.session.alreadyRunning',
      'errors.session.alreadyRunning',
    ]);
  });
});

describe('steering a session', () => {
  it('moves forward and back, and only for facilitators', async () => {
    await started();
    expect(await moveSessionPhase(deps, { channel, actorId: pieter.userId }, 1)).toMatchObject({
      ok: false,
      error: { code: 'errors.role.facilitatorOnly' },
    });
    const next = await moveSessionPhase(deps, { channel, actorId: griet.userId }, 1);
    expect(next.ok && next.value.session.state).toMatchObject({ phaseIndex: 1 });
    const back = await moveSessionPhase(deps, { channel, actorId: griet.userId }, -1);
    expect(back.ok && back.value.session.state).toMatchObject({ phaseIndex: 0 });
    expect((await runningSession(deps, channel))?.session.state).toMatchObject({ phaseIndex: 0 });
  });

  it('says so when nothing runs', async () => {
    expect(await endSession(deps, { channel, actorId: griet.userId })).toEqual({
      ok: false,
      error: { code: 'errors.session.noneRunning' },
    });
    expect(await runningSession(deps, channel)).toBeUndefined();
  });
});

describe('checking in', () => {
  it('stores the check-in and makes a newcomer a member', async () => {
    const { session } = await started();
    const result = await submitCheckIn(deps, {
      sessionId: session.id,
      actor: pieter,
      raw: { mood: 'cloudy', answer: 'Spaghetti' },
    });
    expect(result.ok && result.value).toMatchObject({
      outcome: 'created',
      count: 1,
      checkIn: { mood: 'cloudy', answer: 'Spaghetti', late: false },
    });
    expect(result.ok && result.value.role).toBe('member');
    expect(result.ok && (await roleOf(deps, result.value.community.id, pieter.userId))).toBe('member');
  });

  it('changes nothing on a double click, and replaces the answer on a real change', async () => {
    const { session } = await started();
    const submit = (mood: string) => submitCheckIn(deps, { sessionId: session.id, actor: pieter, raw: { mood } });
    await submit('cloudy');
    clock = new Date('2026-11-22T14:01:00Z');
    const again = await submit('cloudy');
    expect(again.ok && again.value.outcome).toBe('unchanged');
    expect(again.ok && again.value.checkIn.submittedAt).toBe('2026-11-22T14:00:00.000Z');
    const changed = await submit('sunny');
    expect(changed.ok && changed.value).toMatchObject({ outcome: 'updated', count: 1 });
  });

  it('stores a check-in after the session ended, marked late', async () => {
    const { session } = await started();
    await endSession(deps, { channel, actorId: griet.userId });
    const result = await submitCheckIn(deps, { sessionId: session.id, actor: pieter, raw: { mood: 'rainy' } });
    expect(result.ok && result.value.checkIn.late).toBe(true);
    expect(await deps.store.checkIns.get(session.id, pieter.userId)).toMatchObject({ late: true, mood: 'rainy' });
  });

  it('refuses observers and unknown sessions, and stores nothing invalid', async () => {
    const { session, community } = await started();
    await deps.store.members.add(membership(community.id, { userId: '29:ellen', name: 'Ellen' }, 'observer', clock));
    expect(
      await submitCheckIn(deps, {
        sessionId: session.id,
        actor: { userId: '29:ellen', name: 'Ellen' },
        raw: { mood: 'sunny' },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'errors.role.observerCannotContribute' },
    });
    expect(await submitCheckIn(deps, { sessionId: 'gone', actor: pieter, raw: { mood: 'sunny' } })).toMatchObject({
      ok: false,
      error: { code: 'errors.session.unknown' },
    });
    expect(
      await submitCheckIn(deps, {
        sessionId: session.id,
        actor: pieter,
        raw: { mood: 'sunny', answer: 'x'.repeat(501) },
      }),
    ).toMatchObject({ ok: false, error: { code: 'errors.input.tooLong' } });
    expect(await deps.store.checkIns.count(session.id)).toBe(0);
  });

  it('lands every check-in when twenty newcomers submit at the same instant', async () => {
    const { session, community } = await started();
    const people = Array.from({ length: 20 }, (_, i) => ({ userId: `29:lid-${i}`, name: `Lid ${i}` }));
    const results = await Promise.all(
      people.map((actor) => submitCheckIn(deps, { sessionId: session.id, actor, raw: { mood: 'sunny' } })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await deps.store.checkIns.count(session.id)).toBe(20);
    const members = await deps.store.members.list(community.id);
    expect(members).toHaveLength(21);
    expect(members.filter((m) => m.role === 'facilitator').map((m) => m.name)).toEqual(['Griet']);
  });
});
