import { fail, ok, type Result } from '../../errors';

/** The weather scale of the handbook's check-in: from a storm to full sun. */
export const MOODS = ['stormy', 'rainy', 'cloudy', 'partly-sunny', 'sunny'] as const;
export type Mood = (typeof MOODS)[number];

/** The handbook's check-ins: a weather picture, the colour that stands for your mood, or one word. */
export const CHECK_IN_VARIANTS = ['weather', 'colour', 'word'] as const;
export type CheckInVariant = (typeof CHECK_IN_VARIANTS)[number];

export const COLOURS = ['red', 'orange', 'yellow', 'green', 'blue', 'purple', 'brown', 'black', 'white'] as const;
export type Colour = (typeof COLOURS)[number];

/** How long each answer may be, in characters. */
export const CHECK_IN_LIMITS = { word: 40, answer: 500, sinceLastTime: 1000, obstacles: 1000 } as const;
export type CheckInField = keyof typeof CHECK_IN_LIMITS;

/** What a member fills in on the check-in card: one of mood, colour or word (by the variant), and the questions. */
export interface CheckInAnswers {
  /** Absent in check-ins stored before variants existed: those are weather check-ins. */
  variant?: CheckInVariant;
  mood?: Mood;
  colour?: Colour;
  word?: string;
  /** Answer to the question of the day. */
  answer: string;
  sinceLastTime: string;
  obstacles: string;
}

/** A member's check-in for a session. `late` when it arrived after the session ended. */
export interface CheckIn extends CheckInAnswers {
  sessionId: string;
  userId: string;
  userName: string;
  submittedAt: string;
  late: boolean;
}

/** The raw values of a card submission: anything may be missing or of the wrong type. */
export type RawCheckIn = Partial<Record<keyof CheckInAnswers, unknown>>;

/** Checks a submission for the session's variant; the error names the field so the card can hand the text back. */
export function parseCheckIn(raw: RawCheckIn, variant: CheckInVariant = 'weather'): Result<CheckInAnswers> {
  const feeling = parseFeeling(raw, variant);
  if (!feeling.ok) return feeling;
  const answers: CheckInAnswers = {
    variant,
    ...feeling.value,
    answer: text(raw.answer),
    sinceLastTime: text(raw.sinceLastTime),
    obstacles: text(raw.obstacles),
  };
  for (const field of Object.keys(CHECK_IN_LIMITS) as CheckInField[]) {
    const length = [...(answers[field] ?? '')].length;
    if (length > CHECK_IN_LIMITS[field]) {
      return fail('errors.input.tooLong', { field, length, max: CHECK_IN_LIMITS[field] });
    }
  }
  return ok(answers);
}

function parseFeeling(
  raw: RawCheckIn,
  variant: CheckInVariant,
): Result<Pick<CheckInAnswers, 'mood' | 'colour' | 'word'>> {
  if (variant === 'word') {
    const word = text(raw.word);
    if (word === '') return fail('errors.input.required', { field: 'word' });
    if (/\s/u.test(word) && [...word].length <= CHECK_IN_LIMITS.word)
      return fail('errors.input.oneWord', { field: 'word' });
    return ok({ word });
  }
  const field = variant === 'colour' ? 'colour' : 'mood';
  const choice = typeof raw[field] === 'string' ? raw[field] : '';
  const allowed: readonly string[] = variant === 'colour' ? COLOURS : MOODS;
  if (choice === '') return fail('errors.input.required', { field });
  if (!allowed.includes(choice)) return fail('errors.input.invalidChoice', { field });
  return ok(variant === 'colour' ? { colour: choice as Colour } : { mood: choice as Mood });
}

export const sameAnswers = (a: CheckInAnswers, b: CheckInAnswers): boolean =>
  variantOf(a) === variantOf(b) &&
  a.mood === b.mood &&
  a.colour === b.colour &&
  a.word === b.word &&
  a.answer === b.answer &&
  a.sinceLastTime === b.sinceLastTime &&
  a.obstacles === b.obstacles;

export const variantOf = (answers: CheckInAnswers): CheckInVariant => answers.variant ?? 'weather';

/** How many members picked each mood, in scale order: the mood of the room without who said what. */
export function moodSummary(checkIns: readonly CheckIn[]): Record<Mood, number> {
  const summary = Object.fromEntries(MOODS.map((m) => [m, 0])) as Record<Mood, number>;
  for (const c of checkIns) if (c.mood) summary[c.mood] += 1;
  return summary;
}

/** The room's check-in at a glance, whatever the variant: moods and colours counted, words with how often. */
export interface CheckInSummary {
  moods: Record<Mood, number>;
  colours: Record<Colour, number>;
  /** Most frequent first; words that differ only in case count as one. */
  words: { word: string; count: number }[];
}

export function checkInSummary(checkIns: readonly CheckIn[]): CheckInSummary {
  const colours = Object.fromEntries(COLOURS.map((c) => [c, 0])) as Record<Colour, number>;
  const words = new Map<string, { word: string; count: number }>();
  for (const c of checkIns) {
    if (c.colour) colours[c.colour] += 1;
    if (c.word) {
      const key = c.word.toLocaleLowerCase('nl');
      const seen = words.get(key) ?? { word: c.word, count: 0 };
      words.set(key, { ...seen, count: seen.count + 1 });
    }
  }
  const sorted = [...words.values()].sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'nl'));
  return { moods: moodSummary(checkIns), colours, words: sorted };
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
