import { parsePlanCommand } from '../../../domain/plan/plan-parser';
import { catalogues, translator } from '../../../i18n/t';

const TODAY = '2026-11-22';
const plan = (text: string) => {
  const parsed = parsePlanCommand(text, TODAY);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.code}`);
  if (parsed.value.action !== 'plan') throw new Error(`${text}: ${parsed.value.action}`);
  return parsed.value.request;
};
const errorOf = (text: string) => {
  const parsed = parsePlanCommand(text, TODAY);
  if (parsed.ok) throw new Error(`${text} was accepted`);
  return parsed.error;
};

describe('/plan in English', () => {
  it('reads a date, a time range, a format and a place', () => {
    expect(plan('/plan 2026-12-08 15:00-16:30 regular Lokaal B.204')).toEqual({
      recurrence: { kind: 'dates', dates: ['2026-12-08'] },
      localStart: '15:00',
      localEnd: '16:30',
      format: 'regular',
      place: 'Lokaal B.204',
      topicNumbers: [],
    });
  });

  it("reads Belgian day/month dates, in the coming year when this year's has passed", () => {
    expect(plan('/plan 8/12 15:00-16:30').recurrence).toEqual({ kind: 'dates', dates: ['2026-12-08'] });
    expect(plan('/plan 12/1 15:00-16:30').recurrence).toEqual({ kind: 'dates', dates: ['2027-01-12'] });
    expect(plan('/plan 8/12/27 15:00-16:30').recurrence).toEqual({ kind: 'dates', dates: ['2027-12-08'] });
    expect(plan('/plan 8-12-2026 15:00-16:30').recurrence).toEqual({ kind: 'dates', dates: ['2026-12-08'] });
  });

  it('reads several dates, month names and 12-hour times', () => {
    expect(plan('/plan 8/12, 12/1 and 9/2 15:00 - 16:30').recurrence).toEqual({
      kind: 'dates',
      dates: ['2026-12-08', '2027-01-12', '2027-02-09'],
    });
    expect(plan('/plan December 8th 3pm-4:30pm')).toMatchObject({
      recurrence: { dates: ['2026-12-08'] },
      localStart: '15:00',
      localEnd: '16:30',
    });
    expect(plan('/plan Tuesday 8 December 2026 15:00 to 16:30').recurrence).toEqual({
      kind: 'dates',
      dates: ['2026-12-08'],
    });
  });

  it.each([
    ['every third tuesday', { kind: 'monthly', weekday: 2, nth: 3 }],
    ['every last Friday of the month', { kind: 'monthly', weekday: 5, nth: -1 }],
    ['every Tuesday', { kind: 'weekly', weekday: 2, everyWeeks: 1 }],
    ['every week on Tuesday', { kind: 'weekly', weekday: 2, everyWeeks: 1 }],
    ['every other tuesday', { kind: 'weekly', weekday: 2, everyWeeks: 2 }],
    ['every 2 weeks on Tuesday', { kind: 'weekly', weekday: 2, everyWeeks: 2 }],
    ['weekly on thursday', { kind: 'weekly', weekday: 4, everyWeeks: 1 }],
  ])('reads the pattern "%s"', (days, recurrence) => {
    expect(plan(`/plan ${days} 15:00-16:30`).recurrence).toEqual(recurrence);
  });

  it('reads the end of a pattern before or after the time', () => {
    expect(plan('/plan every third tuesday until 30/6 15:00-16:30').until).toBe('2027-06-30');
    expect(plan('/plan every third tuesday 15:00-16:30 until 30 June Room 2')).toMatchObject({
      until: '2027-06-30',
      place: 'Room 2',
    });
  });

  it('takes an online link, topics and a format after the time; the rest is the place', () => {
    expect(
      plan(
        '/plan 8/12 15:00-16:30 closing in the library online ' +
          '<https://teams.microsoft.com/l/meetup-join/abc> #1 topic 3, 4',
      ),
    ).toEqual({
      recurrence: { kind: 'dates', dates: ['2026-12-08'] },
      localStart: '15:00',
      localEnd: '16:30',
      format: 'closing',
      place: 'the library',
      onlineUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
      topicNumbers: [1, 3, 4],
    });
  });

  it('leaves the end out when only a start is given', () => {
    expect(plan('/plan 8/12 15:00')).toEqual({
      recurrence: { kind: 'dates', dates: ['2026-12-08'] },
      localStart: '15:00',
      topicNumbers: [],
    });
  });
});

describe('/plannen in Dutch', () => {
  it("reads the handbook's forms", () => {
    expect(plan('/plannen 8 december 15u-16u30')).toMatchObject({
      recurrence: { dates: ['2026-12-08'] },
      localStart: '15:00',
      localEnd: '16:30',
    });
    expect(plan('/plannen elke derde dinsdag 15:00-16:30 online https://teams.microsoft.com/l/x')).toMatchObject({
      recurrence: { kind: 'monthly', weekday: 2, nth: 3 },
      onlineUrl: 'https://teams.microsoft.com/l/x',
    });
    expect(plan('plannen di 8/12 15u tot 16u30 slotbijeenkomst Lokaal B.204 onderwerp 2')).toMatchObject({
      localStart: '15:00',
      localEnd: '16:30',
      format: 'closing',
      place: 'Lokaal B.204',
      topicNumbers: [2],
    });
  });

  it.each([
    ['elke dinsdag', { kind: 'weekly', weekday: 2, everyWeeks: 1 }],
    ['om de twee weken op woensdag', { kind: 'weekly', weekday: 3, everyWeeks: 2 }],
    ['elke twee weken op dinsdag', { kind: 'weekly', weekday: 2, everyWeeks: 2 }],
    ['tweewekelijks op vrijdag', { kind: 'weekly', weekday: 5, everyWeeks: 2 }],
    ['elke eerste maandag van de maand', { kind: 'monthly', weekday: 1, nth: 1 }],
    ['iedere laatste donderdag', { kind: 'monthly', weekday: 4, nth: -1 }],
  ])('reads het patroon "%s"', (days, recurrence) => {
    expect(plan(`/plannen ${days} 15u-16u30`).recurrence).toEqual(recurrence);
  });

  it('reads 12 januari and 3 mrt in the coming months', () => {
    expect(plan('/plannen 12 januari en 3 mrt 15.00-16.30').recurrence).toEqual({
      kind: 'dates',
      dates: ['2027-01-12', '2027-03-03'],
    });
  });
});

describe('cancelling and settings', () => {
  it('cancels dates', () => {
    expect(parsePlanCommand('/plan cancel 8/12', TODAY)).toEqual({
      ok: true,
      value: { action: 'remove', dates: ['2026-12-08'] },
    });
    expect(parsePlanCommand('/plannen schrap 8 december', TODAY)).toEqual({
      ok: true,
      value: { action: 'remove', dates: ['2026-12-08'] },
    });
  });

  it('switches reminders and sets their offsets, longest first', () => {
    expect(parsePlanCommand('/plan reminders off', TODAY)).toEqual({
      ok: true,
      value: { action: 'settings', change: { remindersOn: false } },
    });
    expect(parsePlanCommand('/plannen herinneringen aan', TODAY)).toEqual({
      ok: true,
      value: { action: 'settings', change: { remindersOn: true } },
    });
    expect(parsePlanCommand('/plannen herinneringen 1u 2d', TODAY)).toEqual({
      ok: true,
      value: { action: 'settings', change: { remindersOn: true, offsetsMinutes: [2880, 60] } },
    });
    expect(parsePlanCommand('/plan reminders 1 week, 30 min', TODAY)).toEqual({
      ok: true,
      value: { action: 'settings', change: { remindersOn: true, offsetsMinutes: [10080, 30] } },
    });
  });

  it('sets how the closing questionnaire goes out: anonymous or named, and whole days or weeks ahead', () => {
    const settings = (change: object) => ({ ok: true, value: { action: 'settings', change } });
    expect(parsePlanCommand('/plan questionnaire named 10d', TODAY)).toEqual(
      settings({ surveyAnonymous: false, surveyLeadDays: 10 }),
    );
    expect(parsePlanCommand('/plannen vragenlijst met naam', TODAY)).toEqual(settings({ surveyAnonymous: false }));
    expect(parsePlanCommand('/plannen vragenlijst 2 weken anoniem', TODAY)).toEqual(
      settings({ surveyAnonymous: true, surveyLeadDays: 14 }),
    );
  });

  it('sets a time zone (checked when it is saved)', () => {
    expect(parsePlanCommand('/plannen tijdzone Europe/Amsterdam', TODAY)).toEqual({
      ok: true,
      value: { action: 'settings', change: { timeZone: 'Europe/Amsterdam' } },
    });
  });
});

describe('bad input gets an error that names the part it could not read', () => {
  it.each([
    ['/plan', 'schedule.errors.empty', undefined],
    ['/plan tomorrow 15:00-16:00', 'schedule.errors.when', { text: 'tomorrow' }],
    ['/plan every tuesday-ish 15:00-16:00', 'schedule.errors.when', { text: 'every tuesday-ish' }],
    ['/plan 31/2 15:00-16:00', 'schedule.errors.invalidDate', { text: '31/2' }],
    ['/plan wednesday 8/12 15:00-16:00', 'schedule.errors.weekdayMismatch', { date: '2026-12-08', text: '8/12' }],
    ['/plan 8/12', 'schedule.errors.time', { text: '8/12' }],
    ['/plan 8/12 15-16', 'schedule.errors.time', { text: '8/12 15-16' }],
    ['/plan 8/12 16:30-15:00', 'schedule.errors.endBeforeStart', { start: '16:30', end: '15:00' }],
    ['/plan 8/12 25:00-26:00', 'schedule.errors.time', { text: '8/12 25:00-26:00' }],
    ['/plan reminders soon', 'schedule.errors.offsets', { text: 'soon' }],
    ['/plan reminders 5d 4d 3d 2d 1d', 'schedule.errors.offsets', { text: '5d 4d 3d 2d 1d' }],
    ['/plan reminders 90d', 'schedule.errors.offsets', { text: '90d' }],
    ['/plan timezone', 'schedule.errors.timeZone', { zone: '' }],
    ['/plan questionnaire', 'schedule.errors.questionnaire', { text: '' }],
    ['/plan questionnaire secret', 'schedule.errors.questionnaire', { text: 'secret' }],
    ['/plan questionnaire 36h', 'schedule.errors.questionnaire', { text: '36h' }],
    ['/plan questionnaire 5w', 'schedule.errors.questionnaire', { text: '5w' }],
    ['/plan questionnaire 3d 2d', 'schedule.errors.questionnaire', { text: '3d 2d' }],
  ])('%s → %s', (text, code, params) => {
    expect(errorOf(text)).toEqual(params ? { code, params } : { code });
  });

  it('refuses a place longer than 200 characters', () => {
    expect(errorOf(`/plan 8/12 15:00-16:30 ${'x'.repeat(201)}`)).toEqual({
      code: 'schedule.errors.tooLong',
      params: { length: 201, max: 200 },
    });
  });

  it('has a message in both languages for every error, with an example of the expected form', () => {
    const codes = Object.keys((catalogues.en as { schedule: { errors: Record<string, string> } }).schedule.errors);
    for (const lang of ['en', 'nl'] as const) {
      const t = translator(lang);
      for (const code of codes) expect(t(`schedule.errors.${code}`, { text: 'x' })).not.toBe(`schedule.errors.${code}`);
    }
    expect(translator('nl')('schedule.errors.when', { text: 'morgen' })).toContain(
      '/plannen elke derde dinsdag 15:00-16:30',
    );
    expect(translator('en')('schedule.errors.time', { text: '8/12' })).toContain('/plan 8/12 15:00-16:30');
  });
});
