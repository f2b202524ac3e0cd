import { localTime, type LocalTime } from '../schedule/local-date';
import { RANGE_WORDS } from './plan-words';

/**
 * A clock time as people type it: 15:00, 15.00, 15u, 15u30, 15h30, 3pm, 3:30pm. A bare number
 * (15) counts only as the end of a range ("15:00-16"), where it cannot be a day.
 */
export function readClock(token: string, allowBare = false): LocalTime | undefined {
  const m = /^(\d{1,2})(?:([:.uh])(\d{2})?)?(am|pm)?$/.exec(token.toLowerCase());
  if (!m) return undefined;
  const [, hourText, separator, minuteText, half] = m;
  if (!separator && !half && !allowBare) return undefined;
  if ((separator === ':' || separator === '.') && minuteText === undefined) return undefined;
  let hour = Number(hourText);
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  return localTime(hour, Number(minuteText ?? 0));
}

export interface ReadTimes {
  start: LocalTime;
  end?: LocalTime;
  /** How many tokens the times took. */
  used: number;
}

/** The start (and end) time at `tokens[at]`: "15:00-16:30", "15u-16u30", "15:00 tot 16:30", or just "15:00". */
export function readTimes(tokens: readonly string[], at: number): ReadTimes | undefined {
  const token = tokens[at] ?? '';
  const parts = token.split(/[-–—]/);
  if (parts.length === 2) {
    const [a = '', b = ''] = parts;
    const start = readClock(a, true);
    const end = readClock(b, true);
    // Two bare numbers ("15-16") are too unlike a time: one side must look like a clock.
    const clockLike = readClock(a) !== undefined || readClock(b) !== undefined;
    return start && end && clockLike ? { start, end, used: 1 } : undefined;
  }
  const start = readClock(token);
  if (!start) return undefined;
  const end = RANGE_WORDS.has((tokens[at + 1] ?? '').toLowerCase()) ? readClock(tokens[at + 2] ?? '', true) : undefined;
  return end ? { start, end, used: 3 } : { start, used: 1 };
}
