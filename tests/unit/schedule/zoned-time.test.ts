import { isTimeZone, offsetMinutes, utcToZoned, zonedTimeToUtc } from '../../../domain/schedule/zoned-time';

const BRUSSELS = 'Europe/Brussels';

describe('wall-clock time in Brussels as UTC', () => {
  it.each([
    ['2026-10-24', '15:00', '2026-10-24T13:00:00.000Z'], // the day before autumn's change: summer time
    ['2026-10-25', '15:00', '2026-10-25T14:00:00.000Z'], // the day of the change: winter time
    ['2027-03-27', '15:00', '2027-03-27T14:00:00.000Z'], // the day before spring's change: winter time
    ['2027-03-28', '15:00', '2027-03-28T13:00:00.000Z'], // the day of the change: summer time
    ['2027-10-30', '15:00', '2027-10-30T13:00:00.000Z'],
    ['2027-10-31', '15:00', '2027-10-31T14:00:00.000Z'],
  ])('%s %s local is %s', (date, time, utc) => {
    const instant = zonedTimeToUtc(date, time, BRUSSELS);
    expect(instant.toISOString()).toBe(utc);
    expect(utcToZoned(instant, BRUSSELS)).toEqual({ date, time });
  });

  it('moves a time that does not exist in spring (02:30 on 28 March 2027) forward by the gap, to 03:30', () => {
    const instant = zonedTimeToUtc('2027-03-28', '02:30', BRUSSELS);
    expect(instant.toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(utcToZoned(instant, BRUSSELS)).toEqual({ date: '2027-03-28', time: '03:30' });
  });

  it('takes the first of a time that happens twice in autumn (02:30 on 25 October 2026: summer time)', () => {
    expect(zonedTimeToUtc('2026-10-25', '02:30', BRUSSELS).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedTimeToUtc('2027-10-31', '02:30', BRUSSELS).toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });

  it('knows the offsets on both sides of a change', () => {
    expect(offsetMinutes(Date.parse('2026-10-25T00:59:00Z'), BRUSSELS)).toBe(120);
    expect(offsetMinutes(Date.parse('2026-10-25T01:00:00Z'), BRUSSELS)).toBe(60);
  });

  it('works in other zones too: New York, and Lord Howe with its half-hour change', () => {
    expect(zonedTimeToUtc('2026-03-08', '02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(zonedTimeToUtc('2026-11-01', '01:30', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(zonedTimeToUtc('2026-04-05', '01:45', 'Australia/Lord_Howe').toISOString()).toBe('2026-04-04T14:45:00.000Z');
    expect(zonedTimeToUtc('2026-12-08', '15:00', 'Asia/Kolkata').toISOString()).toBe('2026-12-08T09:30:00.000Z');
  });

  it('refuses what is not a date and time, and tells known zones from unknown ones', () => {
    expect(() => zonedTimeToUtc('2026-02-30', '15:00', BRUSSELS)).toThrow(RangeError);
    expect(() => zonedTimeToUtc('2026-12-08', '24:00', BRUSSELS)).toThrow(RangeError);
    expect(isTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isTimeZone('Europe/Leuven')).toBe(false);
  });
});
