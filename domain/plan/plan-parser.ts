import { formatFromName, type FormatId } from '../session/formats';
import type { LocalDate, LocalTime } from '../schedule/local-date';
import { readOffsets } from './read-offsets';
import { readTimes } from './read-time';
import { readWhen, type When } from './read-when';
import {
  COMMAND_WORDS,
  MONTHS,
  OFF_WORDS,
  ON_WORDS,
  ONLINE_WORDS,
  PLACE_LEADS,
  QUESTIONNAIRE_WORDS,
  REMINDER_WORDS,
  REMOVE_WORDS,
  SURVEY_MODE_WORDS,
  TIMEZONE_WORDS,
  TOPIC_WORDS,
  UNTIL,
} from './plan-words';
import { MAX_SURVEY_LEAD_DAYS } from '../schedule/schedule-settings';
import { fail, ok, type Result } from '../errors';

/** The longest place a facilitator may type. */
export const MAX_PLACE = 200;
export const MAX_URL = 500;

/** What `/plan … <time> [format] [place] [link] [topics]` asks for. */
export interface PlanRequest extends When {
  localStart: LocalTime;
  /** Missing when only a start was typed: the session then lasts as long as its format's agenda. */
  localEnd?: LocalTime;
  format?: FormatId;
  place?: string;
  onlineUrl?: string;
  /** Positions in the community's prioritised topic list (1 = its first topic). */
  topicNumbers: number[];
}

export interface ReminderChange {
  remindersOn?: boolean;
  offsetsMinutes?: number[];
  timeZone?: string;
  surveyAnonymous?: boolean;
  surveyLeadDays?: number;
}

export type PlanCommand =
  | { action: 'plan'; request: PlanRequest }
  | { action: 'remove'; dates: LocalDate[] }
  | { action: 'settings'; change: ReminderChange };

/** Words split on white space; a dash that hangs on a word ("15:00- 16:30") becomes a word of its own. */
export function tokens(text: string): string[] {
  return text
    .replace(/(^|\s)([-–—])(?=\S)/g, '$1$2 ')
    .replace(/(?<=\S)([-–—])(?=\s|$)/g, ' $1')
    .split(/\s+/)
    .filter((t) => t !== '');
}

/**
 * Reads the text of `/plan` (`/plannen`), with or without the command word. `today` is the date in
 * the community's time zone. The grammar (also in the help text, `schedule.help`):
 * - `<days> <time> [format] [place] [link] [topics]` plans sessions;
 * - `cancel <date>…` (`schrap`, `annuleer`) removes the sessions planned on those dates;
 * - `reminders off|on|<offsets>` (`herinneringen uit|aan|2d 1u`), `timezone <IANA zone>` (`tijdzone`) and
 *   `questionnaire [anonymous|named] [<n>d|<n>w]` (`vragenlijst anoniem|met-naam 10d`) change settings.
 */
export function parsePlanCommand(text: string, today: LocalDate): Result<PlanCommand> {
  const words = tokens(text);
  if (COMMAND_WORDS.has((words[0] ?? '').toLowerCase())) words.shift();
  const head = (words[0] ?? '').toLowerCase();
  if (words.length === 0) return fail('schedule.errors.empty');
  if (REMOVE_WORDS.has(head)) return parseRemove(words.slice(1), today);
  if (REMINDER_WORDS.has(head)) return parseReminders(words.slice(1));
  if (QUESTIONNAIRE_WORDS.has(head)) return parseQuestionnaire(words.slice(1));
  if (TIMEZONE_WORDS.has(head)) {
    const zone = words[1];
    return zone && words.length === 2
      ? ok({ action: 'settings', change: { timeZone: zone } })
      : fail('schedule.errors.timeZone', { zone: words.slice(1).join(' ') });
  }
  const request = parsePlan(words, today);
  return request.ok ? ok({ action: 'plan', request: request.value }) : request;
}

function parsePlan(words: readonly string[], today: LocalDate): Result<PlanRequest> {
  const at = words.findIndex((_, i) => readTimes(words, i) !== undefined);
  const times = at >= 0 ? readTimes(words, at) : undefined;
  if (!times) return fail('schedule.errors.time', { text: words.join(' ') });
  if (times.end !== undefined && times.end <= times.start)
    return fail('schedule.errors.endBeforeStart', { start: times.start, end: times.end });
  let after = words.slice(at + times.used);
  let days = words.slice(0, at);
  // "every Tuesday 15:00-16:30 until 30/6": the end of a pattern may also follow the time.
  if (UNTIL.has((after[0] ?? '').toLowerCase())) {
    let end = 1;
    while (end < 4 && isDatePart(after[end] ?? '')) end++;
    if (end > 1) {
      days = [...days, ...after.slice(0, end)];
      after = after.slice(end);
    }
  }
  const when = readWhen(days, today);
  if (!when.ok) return when;
  const rest = readRest(after);
  if (!rest.ok) return rest;
  return ok({
    ...when.value,
    localStart: times.start,
    ...(times.end ? { localEnd: times.end } : {}),
    ...rest.value,
  });
}

const isDatePart = (word: string): boolean =>
  /^\d/.test(word) || MONTHS[word.toLowerCase().replace(/[,.]$/, '')] !== undefined;

type Rest = Pick<PlanRequest, 'format' | 'place' | 'onlineUrl' | 'topicNumbers'>;

/**
 * After the time: a format name (first word only), an http(s) link, topics (`#2`, `topic 1,3`), the rest is the place.
 */
function readRest(words: readonly string[]): Result<Rest> {
  const format = words[0] ? formatFromName(words[0]) : undefined;
  const place: string[] = [];
  const topicNumbers: number[] = [];
  let onlineUrl: string | undefined;
  for (let i = format ? 1 : 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const url = /^<?(https?:\/\/[^\s<>]+)>?$/i.exec(word)?.[1];
    if (url && onlineUrl === undefined) {
      onlineUrl = url;
      if (ONLINE_WORDS.has((place[place.length - 1] ?? '').toLowerCase())) place.pop();
      continue;
    }
    const hashed = /^#(\d{1,2})$/.exec(word);
    if (hashed) {
      topicNumbers.push(Number(hashed[1]));
      continue;
    }
    if (TOPIC_WORDS.has(word.toLowerCase().replace(/:$/, ''))) {
      const numbers = readNumbers(words, i + 1);
      if (numbers.values.length > 0) {
        topicNumbers.push(...numbers.values);
        i = numbers.last;
        continue;
      }
    }
    place.push(word);
  }
  if (PLACE_LEADS.has((place[0] ?? '').toLowerCase())) place.shift();
  const placeText = place.join(' ').trim();
  const length = [...placeText].length;
  if (length > MAX_PLACE) return fail('schedule.errors.tooLong', { length, max: MAX_PLACE });
  if (onlineUrl !== undefined && onlineUrl.length > MAX_URL)
    return fail('schedule.errors.tooLong', { length: onlineUrl.length, max: MAX_URL });
  return ok({
    ...(format ? { format } : {}),
    ...(placeText ? { place: placeText } : {}),
    ...(onlineUrl ? { onlineUrl } : {}),
    topicNumbers: [...new Set(topicNumbers)],
  });
}

/** "1,3", "1, 3", "1 3", "1 en 3": the numbers from `words[at]` on, and the index of the last word they took. */
function readNumbers(words: readonly string[], at: number): { values: number[]; last: number } {
  const values: number[] = [];
  let last = at - 1;
  for (let i = at; i < words.length; i++) {
    const word = (words[i] ?? '').toLowerCase();
    if (word === 'and' || word === 'en' || word === ',') continue;
    const parts = word.split(',').filter((p) => p !== '');
    if (parts.length === 0 || !parts.every((p) => /^\d{1,2}$/.test(p))) break;
    values.push(...parts.map(Number));
    last = i;
  }
  return { values, last };
}

function parseRemove(words: readonly string[], today: LocalDate): Result<PlanCommand> {
  const when = readWhen(words, today);
  if (!when.ok) return when;
  if (when.value.recurrence.kind !== 'dates') return fail('schedule.errors.when', { text: words.join(' ') });
  return ok({ action: 'remove', dates: when.value.recurrence.dates });
}

/**
 * The closing questionnaire: its mode and how many whole days (or weeks) ahead it goes out; at least one of the two.
 */
function parseQuestionnaire(words: readonly string[]): Result<PlanCommand> {
  const text = words
    .join(' ')
    .toLowerCase()
    .replace(/\bmet naam\b/g, 'met-naam')
    .replace(/\bwith names\b/g, 'with-names');
  const change: ReminderChange = {};
  const rest: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const mode = SURVEY_MODE_WORDS[word];
    if (mode !== undefined && change.surveyAnonymous === undefined) change.surveyAnonymous = mode;
    else rest.push(word);
  }
  if (rest.length > 0) {
    const lead = readOffsets(rest);
    const minutes = lead.ok && lead.value.length === 1 ? (lead.value[0] ?? 0) : 0;
    if (minutes % 1440 !== 0 || minutes < 1440 || minutes > MAX_SURVEY_LEAD_DAYS * 1440)
      return fail('schedule.errors.questionnaire', { text: words.join(' ') });
    change.surveyLeadDays = minutes / 1440;
  }
  if (Object.keys(change).length === 0) return fail('schedule.errors.questionnaire', { text: words.join(' ') });
  return ok({ action: 'settings', change });
}

function parseReminders(words: readonly string[]): Result<PlanCommand> {
  const first = (words[0] ?? '').toLowerCase();
  if (words.length === 1 && OFF_WORDS.has(first)) return ok({ action: 'settings', change: { remindersOn: false } });
  if (words.length === 1 && ON_WORDS.has(first)) return ok({ action: 'settings', change: { remindersOn: true } });
  const offsets = readOffsets(words);
  return offsets.ok
    ? ok({ action: 'settings', change: { remindersOn: true, offsetsMinutes: offsets.value } })
    : offsets;
}
