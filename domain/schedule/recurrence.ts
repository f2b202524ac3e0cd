import { addDays, nextMonth, nthWeekdayOfMonth, onOrAfter, type LocalDate, type Weekday } from './local-date';

/**
 * Which days a `/plan` command names: one or more dates, a weekday every week or every few weeks, or
 * the nth (or last) weekday of every month ("every third Tuesday").
 */
export type Recurrence =
  | { kind: 'dates'; dates: LocalDate[] }
  | { kind: 'weekly'; weekday: Weekday; everyWeeks: number }
  | { kind: 'monthly'; weekday: Weekday; nth: 1 | 2 | 3 | 4 | -1 };

/** A learning-work community publishes its schedule half a year ahead (seed 004). */
export const DEFAULT_HORIZON_DAYS = 183;
export const MAX_EVERY_WEEKS = 8;

/** The days of the pattern from `from` through `until` (both inclusive), in order. */
export function expandRecurrence(recurrence: Recurrence, from: LocalDate, until: LocalDate): LocalDate[] {
  switch (recurrence.kind) {
    case 'dates':
      return [...new Set(recurrence.dates)].filter((d) => d >= from && d <= until).sort();
    case 'weekly':
      return stepping(onOrAfter(from, recurrence.weekday), until, (d) => addDays(d, 7 * recurrence.everyWeeks));
    case 'monthly': {
      const days: LocalDate[] = [];
      for (let month = `${from.slice(0, 7)}-01`; month <= until; month = nextMonth(month)) {
        const day = nthWeekdayOfMonth(month, recurrence.nth, recurrence.weekday);
        if (day >= from && day <= until) days.push(day);
      }
      return days;
    }
  }
}

function stepping(first: LocalDate, until: LocalDate, next: (d: LocalDate) => LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let day = first; day <= until; day = next(day)) days.push(day);
  return days;
}
