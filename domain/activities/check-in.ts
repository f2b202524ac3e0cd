import { fail, ok, type Result } from '../errors';

/** The weather scale of the handbook's check-in: from a storm to full sun. */
export const MOODS = ['stormy', 'rainy', 'cloudy', 'partly-sunny', 'sunny'] as const;
export type Mood = (typeof MOODS)[number];

/** How long each answer may be, in characters. */
export const CHECK_IN_LIMITS = { answer: 500, sinceLastTime: 1000, obstacles: 1000 } as const;
export type CheckInField = keyof typeof CHECK_IN_LIMITS;

/** What a member fills in on the check-in card. */
export interface CheckInAnswers {
  mood: Mood;
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

/** Checks a submission; the error names the field so the card can hand the text back next to it. */
export function parseCheckIn(raw: RawCheckIn): Result<CheckInAnswers> {
  const mood = typeof raw.mood === 'string' ? raw.mood : '';
  if (mood === '') return fail('errors.input.required', { field: 'mood' });
  if (!(MOODS as readonly string[]).includes(mood)) return fail('errors.input.invalidChoice', { field: 'mood' });
  const answers: CheckInAnswers = {
    mood: mood as Mood,
    answer: text(raw.answer),
    sinceLastTime: text(raw.sinceLastTime),
    obstacles: text(raw.obstacles),
  };
  for (const field of Object.keys(CHECK_IN_LIMITS) as CheckInField[]) {
    const length = [...answers[field]].length;
    if (length > CHECK_IN_LIMITS[field]) {
      return fail('errors.input.tooLong', { field, length, max: CHECK_IN_LIMITS[field] });
    }
  }
  return ok(answers);
}

export const sameAnswers = (a: CheckInAnswers, b: CheckInAnswers): boolean =>
  a.mood === b.mood && a.answer === b.answer && a.sinceLastTime === b.sinceLastTime && a.obstacles === b.obstacles;

/** How many members picked each mood, in scale order: the mood of the room without who said what. */
export function moodSummary(checkIns: readonly CheckIn[]): Record<Mood, number> {
  const summary = Object.fromEntries(MOODS.map((m) => [m, 0])) as Record<Mood, number>;
  for (const c of checkIns) summary[c.mood] += 1;
  return summary;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
