import { localDate, weekdayOf, type LocalDate, type Weekday } from '../schedule/local-date';
import { BIWEEKLY, EVERY, FILLER, MONTHS, NUMBERS, ORDINALS, OTHER, UNTIL, WEEK, WEEKDAYS, WEEKLY } from './plan-words';
import { MAX_EVERY_WEEKS, type Recurrence } from '../schedule/recurrence';
import { fail, ok, type Result } from '../errors';

/** What the days part of `/plan` names, and up to which date a pattern runs (when the facilitator says so). */
export interface When {
  recurrence: Recurrence;
  until?: LocalDate;
}

const clean = (token: string): string => token.toLowerCase().replace(/[,.;]+$/, '');

/**
 * The days part of a `/plan` command (the words before the time): one or more dates, or a pattern.
 * `today` (in the community's zone) completes dates typed without a year: the next such date.
 */
export function readWhen(tokens: readonly string[], today: LocalDate): Result<When> {
  const words = tokens.map(clean).filter((w) => w !== '');
  const text = tokens.join(' ');
  if (words.length === 0) return fail('schedule.errors.when', { text });
  const untilAt = words.findIndex((w) => UNTIL.has(w));
  const patternWords = untilAt >= 0 ? words.slice(0, untilAt) : words;
  const pattern = readPattern(patternWords.filter((w) => !FILLER.has(w)));
  if (pattern) {
    if (untilAt < 0) return ok({ recurrence: pattern });
    const until = readDates(words.slice(untilAt + 1), today);
    if (!until.ok) return until;
    return until.value.length === 1
      ? ok({ recurrence: pattern, until: until.value[0] })
      : fail('schedule.errors.when', { text });
  }
  const dates = readDates(words, today);
  if (!dates.ok) return dates;
  return ok({ recurrence: { kind: 'dates', dates: dates.value } });
}

/** every (other) tuesday · every third tuesday · every 2 weeks tuesday · weekly tuesday · elke derde dinsdag … */
function readPattern(words: readonly string[]): Recurrence | undefined {
  const rest = EVERY.has(words[0] ?? '') ? words.slice(1) : [...words];
  const weekday = WEEKDAYS[rest[rest.length - 1] ?? ''];
  if (weekday === undefined) return undefined;
  const lead = rest.slice(0, -1);
  const every = EVERY.has(words[0] ?? '');
  if (lead.length === 0) return every ? weekly(weekday, 1) : undefined;
  const [first = '', second = ''] = lead;
  if (lead.length === 1) {
    if (WEEKLY.has(first) || (every && WEEK.has(first))) return weekly(weekday, 1);
    if (BIWEEKLY.has(first) || (every && OTHER.has(first))) return weekly(weekday, 2);
    const nth = ORDINALS[first];
    return every && nth !== undefined ? { kind: 'monthly', weekday, nth } : undefined;
  }
  if (lead.length === 2 && WEEK.has(second)) {
    const count = NUMBERS[first] ?? (/^\d+$/.test(first) ? Number(first) : undefined);
    return count !== undefined && count >= 1 && count <= MAX_EVERY_WEEKS ? weekly(weekday, count) : undefined;
  }
  return undefined;
}

const weekly = (weekday: Weekday, everyWeeks: number): Recurrence => ({ kind: 'weekly', weekday, everyWeeks });

/** 2026-12-08 · 8/12 · 8/12/2026 · 8-12-2026 · 8 december (2026) · December 8th · di 8/12 · 8/12, 12/1 en 9/2 */
function readDates(words: readonly string[], today: LocalDate): Result<LocalDate[]> {
  const dates: LocalDate[] = [];
  let weekday: Weekday | undefined;
  for (let i = 0; i < words.length;) {
    const word = words[i] ?? '';
    if (FILLER.has(word)) {
      i++;
      continue;
    }
    if (WEEKDAYS[word] !== undefined) {
      weekday = WEEKDAYS[word];
      i++;
      continue;
    }
    const read = readDate(words, i, today);
    if (!read) return fail('schedule.errors.when', { text: words.join(' ') });
    if (!read.date) return fail('schedule.errors.invalidDate', { text: read.text });
    if (weekday !== undefined && weekdayOf(read.date) !== weekday)
      return fail('schedule.errors.weekdayMismatch', { date: read.date, text: read.text });
    dates.push(read.date);
    weekday = undefined;
    i += read.used;
  }
  return dates.length > 0 ? ok(dates) : fail('schedule.errors.when', { text: words.join(' ') });
}

interface ReadDate {
  /** Undefined when the words have the form of a date but name no such day (31/2). */
  date: LocalDate | undefined;
  text: string;
  used: number;
}

function readDate(words: readonly string[], at: number, today: LocalDate): ReadDate | undefined {
  const word = words[at] ?? '';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(word);
  if (iso) return { date: localDate(Number(iso[1]), Number(iso[2]), Number(iso[3])), text: word, used: 1 };
  const slash =
    /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(word) ?? /^(\d{1,2})[-.](\d{1,2})[-.](\d{4})$/.exec(word);
  if (slash) return { date: dated(Number(slash[1]), Number(slash[2]), slash[3], today), text: word, used: 1 };
  const day = dayNumber(word);
  const next = words[at + 1] ?? '';
  if (day !== undefined && MONTHS[next] !== undefined) return named(day, MONTHS[next], words, at, today);
  const dayAfter = dayNumber(next);
  if (MONTHS[word] !== undefined && dayAfter !== undefined) return named(dayAfter, MONTHS[word], words, at, today);
  return undefined;
}

function named(day: number, month: number, words: readonly string[], at: number, today: LocalDate): ReadDate {
  const year = /^\d{4}$/.test(words[at + 2] ?? '') ? words[at + 2] : undefined;
  const used = year ? 3 : 2;
  return { date: dated(day, month, year, today), text: words.slice(at, at + used).join(' '), used };
}

/** "8", "8th", "8e", "8ste", "1st" → 8; undefined for anything else. */
function dayNumber(word: string): number | undefined {
  const m = /^(\d{1,2})(?:st|nd|rd|th|e|ste|de)?$/.exec(word);
  return m ? Number(m[1]) : undefined;
}

/** A day and month with the year typed (2 or 4 digits), or else the next such date from `today` on. */
function dated(day: number, month: number, yearText: string | undefined, today: LocalDate): LocalDate | undefined {
  if (yearText !== undefined)
    return localDate(yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText), month, day);
  const year = Number(today.slice(0, 4));
  const thisYear = localDate(year, month, day);
  return thisYear !== undefined && thisYear >= today ? thisYear : localDate(year + 1, month, day);
}
