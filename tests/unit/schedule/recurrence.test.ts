import { expandRecurrence } from '../../../domain/schedule/recurrence';
import { nthWeekdayOfMonth, weekdayOf } from '../../../domain/schedule/local-date';

describe('expanding a pattern into dates', () => {
  it('every third Tuesday over half a year', () => {
    expect(expandRecurrence({ kind: 'monthly', weekday: 2, nth: 3 }, '2026-11-22', '2027-05-23')).toEqual([
      '2026-12-15',
      '2027-01-19',
      '2027-02-16',
      '2027-03-16',
      '2027-04-20',
      '2027-05-18',
    ]);
  });

  it("skips this month's date when it has passed, and keeps today's", () => {
    expect(expandRecurrence({ kind: 'monthly', weekday: 2, nth: 3 }, '2026-11-17', '2026-12-31')).toEqual([
      '2026-11-17',
      '2026-12-15',
    ]);
    expect(expandRecurrence({ kind: 'monthly', weekday: 2, nth: 3 }, '2026-11-18', '2026-12-31')).toEqual([
      '2026-12-15',
    ]);
  });

  it('the last Friday of each month, also in a 5-Friday month', () => {
    expect(expandRecurrence({ kind: 'monthly', weekday: 5, nth: -1 }, '2027-01-01', '2027-03-31')).toEqual([
      '2027-01-29',
      '2027-02-26',
      '2027-03-26',
    ]);
  });

  it('every other Wednesday from the first one on or after the start', () => {
    expect(expandRecurrence({ kind: 'weekly', weekday: 3, everyWeeks: 2 }, '2026-11-22', '2027-01-10')).toEqual([
      '2026-11-25',
      '2026-12-09',
      '2026-12-23',
      '2027-01-06',
    ]);
  });

  it('every Tuesday across the new year and a leap day', () => {
    const days = expandRecurrence({ kind: 'weekly', weekday: 2, everyWeeks: 1 }, '2028-02-20', '2028-03-10');
    expect(days).toEqual(['2028-02-22', '2028-02-29', '2028-03-07']);
    expect(days.every((d) => weekdayOf(d) === 2)).toBe(true);
  });

  it('single dates: in order, without doubles, only within the range', () => {
    expect(
      expandRecurrence(
        { kind: 'dates', dates: ['2027-01-12', '2026-12-08', '2026-12-08', '2026-11-01'] },
        '2026-11-22',
        '2027-05-22',
      ),
    ).toEqual(['2026-12-08', '2027-01-12']);
  });

  it('finds the nth weekday of any month', () => {
    expect(nthWeekdayOfMonth('2026-12-01', 1, 1)).toBe('2026-12-07');
    expect(nthWeekdayOfMonth('2026-12-31', 4, 4)).toBe('2026-12-24');
    expect(nthWeekdayOfMonth('2026-12-31', -1, 4)).toBe('2026-12-31');
  });
});
