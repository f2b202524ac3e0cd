import { isLocalDate, isLocalTime, type LocalDate, type LocalTime } from './local-date';

/**
 * Wall-clock time in a named time zone ↔ UTC instants, with the IANA data the runtime's Intl carries
 * (Node ships full ICU). No library: the domain stays plain TypeScript.
 */

export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** True when the runtime knows the IANA zone (e.g. "Europe/Brussels"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: number, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(instant))
      .map((p) => [p.type, Number(p.value)]),
  );
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Minutes the zone is ahead of UTC at `instant` (Brussels: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / MINUTE_MS);
}

/**
 * The UTC instant when the wall clock in `timeZone` shows `date` `time`. Deliberate at the two
 * daylight-saving edges: a time that does not exist (the spring gap, 02:30 in Brussels on the last
 * Sunday of March) moves forward by the gap (03:30); a time that happens twice (the autumn overlap)
 * takes its first occurrence (the summer-time one).
 */
export function zonedTimeToUtc(date: LocalDate, time: LocalTime, timeZone: string): Date {
  if (!isLocalDate(date) || !isLocalTime(time)) throw new RangeError(`not a local date and time: ${date} ${time}`);
  const wall = Date.parse(`${date}T${time}:00Z`);
  const offsets = new Set([-DAY_MS, 0, DAY_MS].map((shift) => offsetMinutes(wall + shift, timeZone)));
  const fits = [...offsets]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((instant) => wall - offsetMinutes(instant, timeZone) * MINUTE_MS === instant)
    .sort((a, b) => a - b);
  // In the gap no offset fits: read the wall time with the offset before the change, which lands after it.
  return new Date(fits[0] ?? wall - offsetMinutes(wall - DAY_MS, timeZone) * MINUTE_MS);
}

/** The wall-clock date and time in `timeZone` at `instant`. */
export function utcToZoned(instant: Date, timeZone: string): { date: LocalDate; time: LocalTime } {
  const w = wallClock(instant.getTime(), timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return { date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** The local date in `timeZone` at `instant`. */
export const localDateAt = (instant: Date, timeZone: string): LocalDate => utcToZoned(instant, timeZone).date;
