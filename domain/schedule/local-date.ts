/**
 * Calendar dates and wall-clock times as the community reads them ("2026-12-08", "15:00"), without a
 * time zone. Arithmetic runs on UTC midnights, where every day has 24 hours.
 */

/** YYYY-MM-DD. */
export type LocalDate = string;
/** HH:MM, 24-hour. */
export type LocalTime = string;

/** 0 = Sunday … 6 = Saturday, as `Date.getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const DAY_MS = 86_400_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The date of a year, month (1–12) and day, or undefined when there is no such day (31/2). */
export function localDate(year: number, month: number, day: number): LocalDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export const isLocalDate = (value: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && localDate(Number(m[1]), Number(m[2]), Number(m[3])) === value;
};

/** The time of an hour and minute, or undefined outside 00:00–23:59. */
export function localTime(hour: number, minute: number): LocalTime | undefined {
  if (!Number.isInteger(hour) || !Number.isInteger(minute) || hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return undefined;
  return `${pad(hour)}:${pad(minute)}`;
}

export const isLocalTime = (value: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

export const minutesOf = (time: LocalTime): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

const toUtcMidnight = (date: LocalDate): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const fromUtcMs = (ms: number): LocalDate => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: LocalDate, days: number): LocalDate => fromUtcMs(toUtcMidnight(date) + days * DAY_MS);

export const weekdayOf = (date: LocalDate): Weekday => new Date(toUtcMidnight(date)).getUTCDay() as Weekday;

/** The first date on or after `date` that falls on `weekday`. */
export const onOrAfter = (date: LocalDate, weekday: Weekday): LocalDate =>
  addDays(date, (weekday - weekdayOf(date) + 7) % 7);

/** The first day of the month after the month of `date`. */
export function nextMonth(date: LocalDate): LocalDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 12 ? `${pad(year + 1, 4)}-01-01` : `${pad(year, 4)}-${pad(month + 1)}-01`;
}

/**
 * The `nth` (1–4) `weekday` of the month of `date`, or its last one when `nth` is -1.
 * Every month has at least four of each weekday, so 1–4 always exist.
 */
export function nthWeekdayOfMonth(date: LocalDate, nth: number, weekday: Weekday): LocalDate {
  const first = `${date.slice(0, 7)}-01`;
  if (nth > 0) return addDays(onOrAfter(first, weekday), (nth - 1) * 7);
  const lastDay = addDays(nextMonth(first), -1);
  return addDays(lastDay, -((weekdayOf(lastDay) - weekday + 7) % 7));
}
