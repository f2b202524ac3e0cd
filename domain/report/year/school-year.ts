import { DEFAULT_TIME_ZONE, localDateAt } from '../../schedule/zoned-time';

/**
 * The school year of a day (YYYY-MM-DD) as `2026-2027`: a school year runs from 1 September to 31 August.
 */
export function schoolYearOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) < 9 ? year - 1 : year;
  return `${start}-${start + 1}`;
}

/** The school year a session belongs to, by the day it started (in the community's time zone); `now` if never. */
export const sessionSchoolYear = (session: { startedAt?: string }, now: Date): string =>
  schoolYearOf(localDateAt(session.startedAt ? new Date(session.startedAt) : now, DEFAULT_TIME_ZONE));
