import { expandRecurrence, type Recurrence } from '../../../domain/schedule/recurrence';
import { nthWeekdayOfMonth, weekdayOf } from '../../../domain/schedule/local-date';
import { THIRD_TUESDAYS } from './schedule-fixtures';

const THIRD_TUESDAY: Recurrence = { kind: 'monthly', weekday: 2, nth: 3 };

describe('expanding a pattern into dates', () => {
  it.each<{ case: string; pattern: Recurrence; from: string; until: string; dates: string[] }>([
    {
      case: 'every third Tuesday over half a year',
      pattern: THIRD_TUESDAY,
      from: '2026-11-22',
      until: '2027-05-23',
      dates: THIRD_TUESDAYS,
    },
    {
      case: "every third Tuesday: this month's date when it is today",
      pattern: THIRD_TUESDAY,
      from: '2026-11-17',
      until: '2026-12-31',
      dates: ['2026-11-17', '2026-12-15'],
    },
    {
      case: "every third Tuesday: not this month's date once it has passed",
      pattern: THIRD_TUESDAY,
      from: '2026-11-18',
      until: '2026-12-31',
      dates: ['2026-12-15'],
    },
    {
      case: 'the last Friday of each month, also in a 5-Friday month',
      pattern: { kind: 'monthly', weekday: 5, nth: -1 },
      from: '2027-01-01',
      until: '2027-03-31',
      dates: ['2027-01-29', '2027-02-26', '2027-03-26'],
    },
    {
      case: 'every other Wednesday from the first one on or after the start',
      pattern: { kind: 'weekly', weekday: 3, everyWeeks: 2 },
      from: '2026-11-22',
      until: '2027-01-10',
      dates: ['2026-11-25', '2026-12-09', '2026-12-23', '2027-01-06'],
    },
    {
      case: 'single dates: in order, without doubles, only within the range',
      pattern: { kind: 'dates', dates: ['2027-01-12', '2026-12-08', '2026-12-08', '2026-11-01'] },
      from: '2026-11-22',
      until: '2027-05-22',
      dates: ['2026-12-08', '2027-01-12'],
    },
  ])('$case', ({ pattern, from, until, dates }) => {
    expect(expandRecurrence(pattern, from, until)).toEqual(dates);
  });

  it('every Tuesday across the new year and a leap day', () => {
    const days = expandRecurrence({ kind: 'weekly', weekday: 2, everyWeeks: 1 }, '2028-02-20', '2028-03-10');
    expect(days).toEqual(['2028-02-22', '2028-02-29', '2028-03-07']);
    expect(days.every((d) => weekdayOf(d) === 2)).toBe(true);
  });

  it('finds the nth weekday of any month', () => {
    expect(nthWeekdayOfMonth('2026-12-01', 1, 1)).toBe('2026-12-07');
    expect(nthWeekdayOfMonth('2026-12-31', 4, 4)).toBe('2026-12-24');
    expect(nthWeekdayOfMonth('2026-12-31', -1, 4)).toBe('2026-12-31');
  });
});
