import type { Weekday } from '../schedule/local-date';

/** The words `/plan` understands, English and Dutch side by side (lower case, without accents). */

export const WEEKDAYS: Record<string, Weekday> = {
  sunday: 0,
  sun: 0,
  zondag: 0,
  zo: 0,
  monday: 1,
  mon: 1,
  maandag: 1,
  ma: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  dinsdag: 2,
  di: 2,
  wednesday: 3,
  wed: 3,
  woensdag: 3,
  wo: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  donderdag: 4,
  do: 4,
  friday: 5,
  fri: 5,
  vrijdag: 5,
  vr: 5,
  saturday: 6,
  sat: 6,
  zaterdag: 6,
  za: 6,
};

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  januari: 1,
  february: 2,
  feb: 2,
  februari: 2,
  march: 3,
  mar: 3,
  maart: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  may: 5,
  mei: 5,
  june: 6,
  jun: 6,
  juni: 6,
  july: 7,
  jul: 7,
  juli: 7,
  august: 8,
  aug: 8,
  augustus: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** "third" in "every third Tuesday": the nth weekday of the month; -1 is the last. */
export const ORDINALS: Record<string, 1 | 2 | 3 | 4 | -1> = {
  first: 1,
  '1st': 1,
  eerste: 1,
  '1e': 1,
  '1ste': 1,
  second: 2,
  '2nd': 2,
  tweede: 2,
  '2e': 2,
  '2de': 2,
  third: 3,
  '3rd': 3,
  derde: 3,
  '3e': 3,
  '3de': 3,
  fourth: 4,
  '4th': 4,
  vierde: 4,
  '4e': 4,
  '4de': 4,
  last: -1,
  laatste: -1,
};

/** Counts in "every two weeks", "om de twee weken". */
export const NUMBERS: Record<string, number> = {
  one: 1,
  een: 1,
  two: 2,
  twee: 2,
  three: 3,
  drie: 3,
  four: 4,
  vier: 4,
  five: 5,
  vijf: 5,
  six: 6,
  zes: 6,
  seven: 7,
  zeven: 7,
  eight: 8,
  acht: 8,
};

export const EVERY = new Set(['every', 'each', 'elke', 'iedere', 'ieder']);
export const WEEK = new Set(['week', 'weeks', 'weken']);
/** Filler words that may stand between the parts of a pattern or a date. */
export const FILLER = new Set(['on', 'op', 'of', 'the', 'van', 'de', 'month', 'maand', 'in', 'and', 'en', 'om', ',']);
export const OTHER = new Set(['other', 'alternate']);
export const WEEKLY = new Set(['weekly', 'wekelijks']);
export const BIWEEKLY = new Set(['fortnightly', 'tweewekelijks']);
export const UNTIL = new Set(['until', 'till', 'through', 'tot', 't/m', 'tm']);
export const RANGE_WORDS = new Set(['-', '–', '—', 'to', 'till', 'until', 'tot']);
export const TOPIC_WORDS = new Set(['topic', 'topics', 'onderwerp', 'onderwerpen', 'thema', 'themas', "thema's"]);
export const PLACE_LEADS = new Set([
  'in',
  'at',
  'op',
  '@',
  'place:',
  'plaats:',
  'location:',
  'locatie:',
  'room:',
  'lokaal:',
]);
export const REMOVE_WORDS = new Set([
  'cancel',
  'remove',
  'delete',
  'annuleer',
  'annuleren',
  'schrap',
  'verwijder',
  'verwijderen',
]);
export const REMINDER_WORDS = new Set(['reminders', 'reminder', 'herinneringen', 'herinnering']);
export const TIMEZONE_WORDS = new Set(['timezone', 'time-zone', 'tz', 'tijdzone']);
export const QUESTIONNAIRE_WORDS = new Set([
  'questionnaire',
  'survey',
  'vragenlijst',
  'bevraging',
  'enquete',
  'enquête',
]);
/** How the closing questionnaire is answered: true is anonymous. "met naam" also comes as two words. */
export const SURVEY_MODE_WORDS: Record<string, boolean> = {
  anonymous: true,
  anoniem: true,
  named: false,
  'with-names': false,
  'met-naam': false,
  'niet-anoniem': false,
};
export const ON_WORDS = new Set(['on', 'aan']);
export const OFF_WORDS = new Set(['off', 'uit']);
export const ONLINE_WORDS = new Set(['online', 'teams', 'link']);
export const COMMAND_WORDS = new Set(['/plan', 'plan', '/plannen', 'plannen']);

/** Units of a reminder offset, in minutes: 2d, 1h, 1u, 30m, 1w, "2 dagen". */
export const OFFSET_UNITS: Record<string, number> = {
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  minuut: 1,
  minuten: 1,
  h: 60,
  u: 60,
  hour: 60,
  hours: 60,
  uur: 60,
  uren: 60,
  d: 1440,
  day: 1440,
  days: 1440,
  dag: 1440,
  dagen: 1440,
  w: 10080,
  week: 10080,
  weeks: 10080,
  weken: 10080,
};
