import { TOPICS_KIND } from '../../../domain/activities/rank/rank';
import type { Community } from '../../../domain/community/community';
import type { Deps } from '../../../domain/ports';
import { startSession } from '../../../domain/session/start-session';
import { endSession } from '../../../domain/session/steer-session';
import { editPlannedSession, removePlannedSession } from '../../../domain/schedule/edit-schedule';
import { runPlanCommand } from '../../../domain/plan/plan-command';
import { parsePlanCommand, type PlanRequest } from '../../../domain/plan/plan-parser';
import { planSessions } from '../../../domain/schedule/plan-sessions';
import { listSchedule, nextPlannedSession, nextSessionDate } from '../../../domain/schedule/schedule-queries';
import { scheduleSettings, setReminderSettings } from '../../../domain/schedule/schedule-settings-use-cases';
import { freshDeps, griet, pieter, THIRD_TUESDAYS, type FakeClock } from './schedule-fixtures';

let deps: Deps;
let clock: FakeClock;
let community: Community;
const communityId = 'community-1';

beforeEach(async () => {
  ({ deps, clock, community } = await freshDeps('2026-11-22T14:00:00Z'));
});
afterEach(() => deps.store.close());

const request = (text: string): PlanRequest => {
  const parsed = parsePlanCommand(text, '2026-11-22');
  if (!parsed.ok || parsed.value.action !== 'plan') throw new Error(text);
  return parsed.value.request;
};
/** What planning with `/plan <text>` answers `actorId` (Griet, the facilitator, unless said otherwise). */
const plan = (text: string, actorId = griet.userId) =>
  planSessions(deps, { communityId, actorId, request: request(text) });
const planned = async (text: string) => {
  const result = await plan(text);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};
/** Griet changes a planned session. */
const edit = (plannedId: string, change: Parameters<typeof editPlannedSession>[1]['change']) =>
  editPlannedSession(deps, { communityId, actorId: griet.userId, plannedId, change });
/** The one session that `text` plans. */
const plannedOne = async (text: string) => {
  const [session, ...more] = (await planned(text)).planned;
  if (!session || more.length) throw new Error(`${text} planned ${more.length + 1} sessions`);
  return session;
};

describe('planning sessions', () => {
  it(
    'plans every third Tuesday half a year ahead, ' + 'each at 15:00 Brussels time whatever the daylight saving',
    async () => {
      const { planned: sessions } = await planned('/plan every third tuesday 15:00-16:30 regular Lokaal B.204');
      expect(sessions.map((s) => s.localDate)).toEqual(THIRD_TUESDAYS);
      expect(sessions.map((s) => s.start)).toEqual([
        '2026-12-15T14:00:00.000Z',
        '2027-01-19T14:00:00.000Z',
        '2027-02-16T14:00:00.000Z',
        '2027-03-16T14:00:00.000Z',
        '2027-04-20T13:00:00.000Z',
        '2027-05-18T13:00:00.000Z',
      ]);
      expect(sessions[0]).toMatchObject({
        end: '2026-12-15T15:30:00.000Z',
        place: 'Lokaal B.204',
        format: 'regular',
        timeZone: 'Europe/Brussels',
        closing: false,
      });
      expect(new Set(sessions.map((s) => s.seriesId)).size).toBe(1);
    },
  );

  it('lists the schedule in time order, numbered after the sessions already held', async () => {
    await planned('/plan 12/1 15:00-16:30');
    await planned('/plan 8/12 15:00-16:30');
    const list = await listSchedule(deps, communityId);
    expect(list.map((p) => [p.localDate, p.number])).toEqual([
      ['2026-12-08', 1],
      ['2027-01-12', 2],
    ]);
    expect((await nextPlannedSession(deps, communityId))?.localDate).toBe('2026-12-08');
    expect(await nextSessionDate(deps, communityId)).toBe('2026-12-08');
  });

  it(
    'numbers a planned session as the session held for it, ' +
      'but not after a session that ended before it was to start',
    async () => {
      await planned('/plan 22/11 16:30-17:30');
      const started = await startSession(deps, {
        place: { channel: community.channel, name: 'PLG', language: 'nl' },
        actor: griet,
      });
      expect(started.ok).toBe(true);
      expect((await listSchedule(deps, communityId))[0]?.number).toBe(1);
      clock.set('2026-11-22T15:00:00Z');
      await endSession(deps, { channel: community.channel, actorId: griet.userId });
      expect((await listSchedule(deps, communityId))[0]?.number).toBe(2);
    },
  );

  it('skips dates already past and times already taken, and says so', async () => {
    await planned('/plan 8/12 15:00-16:30');
    clock.set('2026-12-01T10:00:00Z');
    const outcome = await planSessions(deps, {
      communityId,
      actorId: griet.userId,
      request: request('/plan 22/11/2026 and 8/12 and 15/12 15:00-16:30'),
    });
    expect(outcome.ok && outcome.value.planned.map((p) => p.localDate)).toEqual(['2026-12-15']);
    expect(outcome.ok && outcome.value.skipped).toEqual([
      { date: '2026-11-22', reason: 'past' },
      { date: '2026-12-08', reason: 'clash' },
    ]);
  });

  it('answers past or clash when nothing could be planned', async () => {
    expect(await plan('/plan 1/11/2026 15:00-16:30')).toEqual({
      ok: false,
      error: { code: 'schedule.errors.past', params: { date: '2026-11-01' } },
    });
    await planned('/plan 8/12 15:00-16:30');
    expect(await plan('/plan 8/12 15:00-17:00')).toEqual({
      ok: false,
      error: { code: 'schedule.errors.clash', params: { date: '2026-12-08', time: '15:00' } },
    });
  });

  it('lets only facilitators plan', async () => {
    expect(await plan('/plan 8/12 15:00-16:30', pieter.userId)).toEqual({
      ok: false,
      error: { code: 'errors.role.facilitatorOnly', params: { facilitators: 'Griet' } },
    });
    expect(await listSchedule(deps, communityId)).toEqual([]);
  });

  it('gives a session without an end time the length of its format', async () => {
    const {
      planned: [closing],
    } = await planned('/plan 10/6 15:00 closing');
    expect(closing).toMatchObject({ localEnd: '16:30', format: 'closing', closing: true });
  });

  it('names topics from the prioritised list, and refuses a number that is not on it', async () => {
    const topics = {
      topics: [
        { id: 'i1', text: 'Feedback', points: 9, rank: 1, tied: false },
        { id: 'i2', text: 'Differentiëren', points: 5, rank: 2, tied: false },
      ],
      rankers: 3,
      publishedAt: '2026-10-01T00:00:00Z',
      publishedBy: griet.userId,
    };
    await deps.store.contributions.save(
      {
        communityId,
        sessionId: 's1',
        phaseIndex: 5,
        kind: TOPICS_KIND,
        id: communityId,
        authorId: griet.userId,
        data: topics,
        createdAt: '2026-10-01T00:00:00Z',
      },
      null,
    );
    const session = await plannedOne('/plan 8/12 15:00-16:30 #2');
    expect(session.topics).toEqual([{ id: 'i2', title: 'Differentiëren' }]);
    expect(await plan('/plan 9/12 15:00-16:30 #3')).toEqual({
      ok: false,
      error: { code: 'schedule.errors.unknownTopic', params: { number: 3, count: 2 } },
    });
  });

  it('refuses topics when there is no prioritised list yet', async () => {
    expect(await plan('/plan 8/12 15:00-16:30 #1')).toEqual({ ok: false, error: { code: 'schedule.errors.noTopics' } });
  });

  it('refuses more than 60 sessions at once', async () => {
    const result = await planSessions(deps, {
      communityId,
      actorId: griet.userId,
      request: request('/plan every tuesday 15:00-16:30'),
      horizonDays: 500,
    });
    expect(result).toEqual({ ok: false, error: { code: 'schedule.errors.tooMany', params: { count: 72, max: 60 } } });
  });
});

describe('changing the schedule', () => {
  it('moves a session: a new id (fresh reminders), the same calendar key, a higher sequence', async () => {
    const session = await plannedOne('/plan 8/12 15:00-16:30 Lokaal B.204');
    const moved = await edit(session.id, {
      localDate: '2026-12-10',
      place: null,
      onlineUrl: 'https://teams.microsoft.com/l/x',
    });
    expect(moved.ok && moved.value).toMatchObject({
      key: session.key,
      sequence: 1,
      start: '2026-12-10T14:00:00.000Z',
      onlineUrl: 'https://teams.microsoft.com/l/x',
    });
    expect(moved.ok && moved.value.place).toBeUndefined();
    expect((await listSchedule(deps, communityId)).map((p) => p.id)).toEqual([
      `${communityId}/2026-12-10T14:00:00.000Z`,
    ]);
  });

  it.each([
    [
      'that ends before it starts',
      { localEnd: '14:00' },
      { code: 'schedule.errors.endBeforeStart', params: { start: '15:00', end: '14:00' } },
    ],
    [
      'with a link that is not a web link',
      { onlineUrl: 'javascript:alert(1)' },
      { code: 'schedule.errors.url', params: { text: 'javascript:alert(1)' } },
    ],
  ])('refuses an edit %s, and says why', async (_what, change, error) => {
    const session = await plannedOne('/plan 8/12 15:00-16:30');
    expect(await edit(session.id, change)).toEqual({ ok: false, error });
  });

  it('removes a session (facilitators only), and answers notFound the second time', async () => {
    const session = await plannedOne('/plan 8/12 15:00-16:30');
    const target = { communityId, plannedId: session.id };
    expect((await removePlannedSession(deps, { ...target, actorId: pieter.userId })).ok).toBe(false);
    expect((await removePlannedSession(deps, { ...target, actorId: griet.userId })).ok).toBe(true);
    expect(await removePlannedSession(deps, { ...target, actorId: griet.userId })).toEqual({
      ok: false,
      error: { code: 'schedule.errors.notFound', params: { text: session.id } },
    });
  });
});

describe('/plan as one command', () => {
  const run = (text: string, actorId = griet.userId) => runPlanCommand(deps, { communityId, actorId, text });

  it('plans, cancels and changes the settings', async () => {
    const plannedNow = await run('/plannen 8/12 en 15/12 15u-16u30');
    expect(plannedNow.ok && plannedNow.value.action === 'plan' && plannedNow.value.outcome.planned.length).toBe(2);
    const cancelled = await run('/plannen schrap 8/12');
    expect(
      cancelled.ok && cancelled.value.action === 'remove' && cancelled.value.removed.map((p) => p.localDate),
    ).toEqual(['2026-12-08']);
    expect((await run('/plan cancel 8/12')).ok).toBe(false);
    const settings = await run('/plannen herinneringen 3d 2u');
    expect(settings.ok && settings.value.action === 'settings' && settings.value.settings.offsetsMinutes).toEqual([
      4320, 120,
    ]);
    expect((await scheduleSettings(deps, communityId)).offsetsMinutes).toEqual([4320, 120]);
  });

  it('answers a member with facilitatorOnly before reading the text', async () => {
    expect(await run('/plan gibberish', pieter.userId)).toEqual({
      ok: false,
      error: { code: 'errors.role.facilitatorOnly', params: { facilitators: 'Griet' } },
    });
  });

  it("plans in the community's own time zone", async () => {
    await run('/plan timezone America/New_York');
    const result = await run('/plan 8/12 15:00-16:30');
    expect(result.ok && result.value.action === 'plan' && result.value.outcome.planned[0]?.start).toBe(
      '2026-12-08T20:00:00.000Z',
    );
  });
});

describe('reminder settings', () => {
  it('defaults to Brussels, 2 days and 1 hour, on', async () => {
    expect(await scheduleSettings(deps, communityId)).toEqual({
      timeZone: 'Europe/Brussels',
      remindersOn: true,
      offsetsMinutes: [2880, 60],
      actionRemindersOn: true,
      surveyLeadDays: 7,
      surveyAnonymous: true,
    });
  });

  it('refuses an unknown zone, bad offsets, and anyone but a facilitator', async () => {
    const set = (change: object, actorId = griet.userId) => setReminderSettings(deps, { communityId, actorId, change });
    expect(await set({ timeZone: 'Mars/Olympus' })).toEqual({
      ok: false,
      error: { code: 'schedule.errors.timeZone', params: { zone: 'Mars/Olympus' } },
    });
    expect((await set({ offsetsMinutes: [0] })).ok).toBe(false);
    expect((await set({ surveyLeadDays: 90 })).ok).toBe(false);
    expect((await set({ remindersOn: false }, pieter.userId)).ok).toBe(false);
    expect((await set({ remindersOn: false, surveyAnonymous: false })).ok).toBe(true);
    expect(await scheduleSettings(deps, communityId)).toMatchObject({
      remindersOn: false,
      surveyAnonymous: false,
      offsetsMinutes: [2880, 60],
    });
  });
});
