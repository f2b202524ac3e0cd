import type { Deps } from '../../../domain/ports';
import { remindersDue } from '../../../domain/schedule/find-due-reminders';
import { setReminderSettings } from '../../../domain/schedule/schedule-settings-use-cases';
import { utcToZoned } from '../../../domain/schedule/zoned-time';
import { freshDeps, griet, type FakeClock } from './schedule-fixtures';
import { openAction, plan } from './reminder-fixtures';

let deps: Deps;
let clock: FakeClock;

afterEach(() => deps.store.close());

/** Walks the clock in 15-minute steps and notes when each reminder first becomes due, in Brussels time. */
async function firstDue(from: string, until: string): Promise<Record<string, string>> {
  clock.set(from);
  const seen: Record<string, string> = {};
  while (clock.now().toISOString() < until) {
    for (const reminder of await remindersDue(deps, clock.now())) {
      const local = utcToZoned(clock.now(), 'Europe/Brussels');
      seen[reminder.id] ??= `${local.date} ${local.time}`;
    }
    clock.advance(15);
  }
  return seen;
}

describe('reminders at the right local times across a daylight-saving change', () => {
  it.each([
    {
      name: 'autumn: a 15:00 session on Tuesday 27 October 2026 is reminded at 15:00 on Sunday (after the change)',
      planned: ['2026-10-01T10:00:00Z', '/plan 27/10 15:00-16:30'],
      start: '2026-10-27T14:00:00.000Z',
      watched: ['2026-10-24T00:00:00Z', '2026-10-28T00:00:00Z'],
      reminded: { P2D: '2026-10-25 15:00', PT1H: '2026-10-27 14:00' },
    },
    {
      name: 'spring: a 15:00 session on Monday 29 March 2027 is reminded at 15:00 on Saturday (before the change)',
      planned: ['2027-03-01T10:00:00Z', '/plan 29/3 15:00-16:30'],
      start: '2027-03-29T13:00:00.000Z',
      watched: ['2027-03-26T00:00:00Z', '2027-03-30T00:00:00Z'],
      reminded: { P2D: '2027-03-27 15:00', PT1H: '2027-03-29 14:00' },
    },
  ] as const)('$name, and at 14:00 on the day', async ({ planned, start, watched, reminded }) => {
    ({ deps, clock } = await freshDeps(planned[0]));
    const [session] = await plan(deps, planned[1]);
    expect(session?.start).toBe(start);
    expect(await firstDue(watched[0], watched[1])).toEqual({
      [`session/${session!.id}/P2D`]: reminded.P2D,
      [`session/${session!.id}/PT1H`]: reminded.PT1H,
    });
  });
});

describe('what is due', () => {
  beforeEach(async () => {
    ({ deps, clock } = await freshDeps('2026-11-22T10:00:00Z'));
  });

  it('a session reminder carries the agenda and the open actions', async () => {
    await plan(deps, '/plan 8/12 15:00-16:30');
    await openAction(deps, 'a1', '2026-12-08');
    clock.set('2026-12-06T14:00:00Z');
    const [reminder] = (await remindersDue(deps, clock.now())).filter((r) => r.kind === 'session');
    expect(reminder?.kind === 'session' && reminder.agenda.map((p) => p.key)).toEqual([
      'check-in',
      'explore',
      'condense',
      'make',
      'retrospective',
    ]);
    expect(reminder?.kind === 'session' && reminder.openActions.map((a) => a.actionId)).toEqual(['a1']);
    expect(reminder?.planned.number).toBe(1);
  });

  it('after downtime only the latest offset that passed is due, and nothing once the session has started', async () => {
    const [session] = await plan(deps, '/plan 8/12 15:00-16:30');
    clock.set('2026-12-08T13:30:00Z');
    expect((await remindersDue(deps, clock.now())).filter((r) => r.kind === 'session').map((r) => r.id)).toEqual([
      `session/${session!.id}/PT1H`,
    ]);
    clock.set('2026-12-08T14:00:00Z');
    expect(await remindersDue(deps, clock.now())).toEqual([]);
  });

  it('a session planned two minutes ahead gets its 1-hour reminder at once', async () => {
    clock.set('2026-12-08T13:58:00Z');
    const [session] = await plan(deps, '/plan 8/12 15:00-16:30');
    expect((await remindersDue(deps, clock.now())).map((r) => r.id)).toEqual([`session/${session!.id}/PT1H`]);
  });

  it('reminds action owners for actions due by the next session, once per local day, none for a past day', async () => {
    const [session] = await plan(deps, '/plan 8/12 15:00-16:30');
    await plan(deps, '/plan 12/1 15:00-16:30');
    await openAction(deps, 'due-then', '2026-12-08');
    await openAction(deps, 'overdue', '2026-12-01');
    await openAction(deps, 'later', '2027-01-12');
    clock.set('2026-12-06T14:05:00Z');
    const actions = (await remindersDue(deps, clock.now())).filter((r) => r.kind === 'action');
    expect(actions.map((r) => r.id).sort()).toEqual([
      'action/community-1/session-0/due-then/2026-12-06',
      'action/community-1/session-0/overdue/2026-12-06',
    ]);
    expect(actions[0]?.planned.id).toBe(session!.id);
    clock.set('2026-12-07T09:00:00Z');
    expect((await remindersDue(deps, clock.now())).filter((r) => r.kind === 'action')).toEqual([]);
  });

  it('two moments on the same day give one action reminder that day', async () => {
    await setReminderSettings(deps, {
      communityId: 'community-1',
      actorId: griet.userId,
      change: { offsetsMinutes: [180, 60] },
    });
    await plan(deps, '/plan 8/12 15:00-16:30');
    await openAction(deps, 'a1', '2026-12-08');
    const ids = new Set<string>();
    for (const at of ['2026-12-08T11:00:00Z', '2026-12-08T13:00:00Z']) {
      clock.set(at);
      (await remindersDue(deps, clock.now())).filter((r) => r.kind === 'action').forEach((r) => ids.add(r.id));
    }
    expect([...ids]).toEqual(['action/community-1/session-0/a1/2026-12-08']);
  });

  it(
    'sends the closing questionnaire a week ahead, ' + 'with the session start as deadline, anonymous by default',
    async () => {
      const [closing] = await plan(deps, '/plan 15/12 15:00-16:30 closing');
      clock.set('2026-12-08T13:59:00Z');
      expect((await remindersDue(deps, clock.now())).filter((r) => r.kind === 'closing-survey')).toEqual([]);
      clock.set('2026-12-08T14:00:00Z');
      const [survey] = (await remindersDue(deps, clock.now())).filter((r) => r.kind === 'closing-survey');
      expect(survey).toMatchObject({
        id: `survey/${closing!.id}`,
        deadline: '2026-12-15T14:00:00.000Z',
        anonymous: true,
      });
    },
  );

  it('closes the questionnaire when the closing session starts, and only while it runs', async () => {
    const [closing] = await plan(deps, '/plan 15/12 15:00-16:30 closing');
    const closed = async () =>
      (await remindersDue(deps, clock.now())).filter((r) => r.kind === 'closing-survey-closed').map((r) => r.id);
    clock.set('2026-12-15T13:59:00Z');
    expect(await closed()).toEqual([]);
    clock.set('2026-12-15T14:00:00Z');
    expect(await closed()).toEqual([`survey-closed/${closing!.id}`]);
    clock.set('2026-12-15T15:31:00Z');
    expect(await closed()).toEqual([]);
  });

  it('sends no session reminders when they are switched off', async () => {
    await setReminderSettings(deps, {
      communityId: 'community-1',
      actorId: griet.userId,
      change: { remindersOn: false, actionRemindersOn: false },
    });
    await plan(deps, '/plan 8/12 15:00-16:30');
    await openAction(deps, 'a1', '2026-12-08');
    clock.set('2026-12-08T13:30:00Z');
    expect(await remindersDue(deps, clock.now())).toEqual([]);
  });
});
