import { dayFormatter } from '../../bot/dates';

describe('a date as the reader reads it', () => {
  const today = new Date('2026-12-02T10:00:00Z');

  it('leaves the year out within this school year (1 September to 31 August)', () => {
    expect(dayFormatter('nl', today)('2026-09-01')).toBe('di 1 sep');
    expect(dayFormatter('en', today)('2027-08-31')).toBe('Tue 31 Aug');
  });

  it('shows the year of a date in another school year', () => {
    expect(dayFormatter('nl', today)('2026-08-31')).toBe('ma 31 aug 2026');
    expect(dayFormatter('en', today)('2025-01-01')).toBe('Wed, 1 Jan 2025');
    expect(dayFormatter('en', today)('2027-09-01')).toBe('Wed, 1 Sept 2027');
  });
});
