import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import type { Deps } from '../../../domain/ports';
import { editPlannedSession } from '../../../domain/schedule/edit-schedule';
import { listSchedule } from '../../../domain/schedule/schedule-queries';
import { calendarFile, calendarPath, plannedSessionIcs, scheduleIcs } from '../../../server/calendar/ics';
import { freshDeps, griet } from './schedule-fixtures';
import { plan } from './reminder-fixtures';

// ical.js (an RFC 5545 parser) ships CommonJS for require; its types are written for import.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL = require('ical.js') as typeof ICALModule;

let deps: Deps;
const communityId = 'community-1';
const nl = { name: 'PLG Anatomie & Fysiologie', language: 'nl' as const };

beforeEach(async () => {
  ({ deps } = await freshDeps('2026-11-22T10:00:00Z'));
});
afterEach(() => deps.store.close());

function events(ics: string): InstanceType<typeof ICAL.Event>[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('calendar files', () => {
  it(
    'one session: UTC start and end (summer time: 15:00 is 13:00 UTC), ' +
      'a localised title with the session number, place and link',
    async () => {
      await plan(
        deps,
        '/plan 27/10/2027 15:00-16:30 Lokaal B.204; vleugel C, 2de verdieping ' +
          'https://teams.microsoft.com/l/meetup-join/x',
      );
      const [session] = await listSchedule(deps, communityId);
      const [event] = events(plannedSessionIcs(session!, nl));
      expect(event!.startDate.toString()).toBe('2027-10-27T13:00:00Z');
      expect(event!.endDate.toString()).toBe('2027-10-27T14:30:00Z');
      expect(event!.summary).toBe('Leerkring — PLG Anatomie & Fysiologie — Bijeenkomst 1');
      expect(event!.location).toBe('Lokaal B.204; vleugel C, 2de verdieping');
      expect(event!.component.getFirstPropertyValue('url')).toBe('https://teams.microsoft.com/l/meetup-join/x');
      expect(event!.description).toContain('Check-in');
      expect(event!.uid).toBe(`${session!.key}@leerkring`);
    },
  );

  it('in English when the community speaks English', async () => {
    await plan(deps, '/plan 8/12 15:00-16:30');
    const [session] = await listSchedule(deps, communityId);
    expect(events(plannedSessionIcs(session!, { ...nl, language: 'en' }))[0]!.summary).toBe(
      'Leerkring — PLG Anatomie & Fysiologie — Session 1',
    );
  });

  it('keeps the UID when a session is moved, with a higher sequence, so calendars update the entry', async () => {
    const [before] = await plan(deps, '/plan 8/12 15:00-16:30');
    const first = events(plannedSessionIcs(before!, nl))[0]!;
    const moved = await editPlannedSession(deps, {
      communityId,
      actorId: griet.userId,
      plannedId: before!.id,
      change: { localDate: '2026-12-10' },
    });
    if (!moved.ok) throw new Error(moved.error.code);
    const second = events(plannedSessionIcs(moved.value, nl))[0]!;
    expect(second.uid).toBe(first.uid);
    expect(second.sequence).toBe(first.sequence + 1);
    expect(second.startDate.toString()).toBe('2026-12-10T14:00:00Z');
  });

  it('the whole schedule: every session to come, each with its own UID, across the spring change', async () => {
    await plan(deps, '/plan every third tuesday 15:00-16:30');
    const all = events(scheduleIcs(await listSchedule(deps, communityId), nl));
    expect(all.map((e) => e.startDate.toString())).toEqual([
      '2026-12-15T14:00:00Z',
      '2027-01-19T14:00:00Z',
      '2027-02-16T14:00:00Z',
      '2027-03-16T14:00:00Z',
      '2027-04-20T13:00:00Z',
      '2027-05-18T13:00:00Z',
    ]);
    expect(new Set(all.map((e) => e.uid)).size).toBe(6);
    expect(all.map((e) => e.summary.replace(/.*— /, ''))).toEqual([
      'Bijeenkomst 1',
      'Bijeenkomst 2',
      'Bijeenkomst 3',
      'Bijeenkomst 4',
      'Bijeenkomst 5',
      'Bijeenkomst 6',
    ]);
  });

  it('serves a file by the key in its path, and nothing for an unknown community or key', async () => {
    const [session] = await plan(deps, '/plan 8/12 15:00-16:30');
    expect(calendarPath(communityId, session!.key)).toBe(`/calendar/community-1/${session!.key}.ics`);
    const file = await calendarFile(deps, communityId, `${session!.key}.ics`);
    expect(file).toMatchObject({ filename: 'leerkring-2026-12-08.ics', contentType: 'text/calendar; charset=utf-8' });
    expect(events(file!.body)[0]!.uid).toBe(`${session!.key}@leerkring`);
    expect(events((await calendarFile(deps, communityId, 'schedule.ics'))!.body)).toHaveLength(1);
    expect(await calendarFile(deps, communityId, 'nope.ics')).toBeUndefined();
    expect(await calendarFile(deps, 'other', `${session!.key}.ics`)).toBeUndefined();
    expect(await calendarFile(deps, communityId, '../etc/passwd')).toBeUndefined();
  });

  it('an empty schedule is still a valid calendar', async () => {
    const file = await calendarFile(deps, communityId, 'schedule.ics');
    expect(events(file!.body)).toEqual([]);
  });
});
