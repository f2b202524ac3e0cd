/**
 * The bank of creative check-in questions, from the PLG handbook (§2.2 step 1, §3.2, example 3).
 * Each entry is an i18n key under `checkIn.questions`; sessions take them in turn.
 */
export const CHECK_IN_QUESTIONS = ['dish', 'animal', 'journey', 'learned', 'book', 'colour', 'saying'] as const;

export type CheckInQuestion = (typeof CHECK_IN_QUESTIONS)[number];

/** The question of the day for a session: the bank in turn, starting again after the last one. */
export function questionOfTheDay(questionIndex: number): CheckInQuestion {
  const index = ((questionIndex % CHECK_IN_QUESTIONS.length) + CHECK_IN_QUESTIONS.length) % CHECK_IN_QUESTIONS.length;
  return CHECK_IN_QUESTIONS[index] ?? 'dish';
}
