import { fail, ok, type Result } from '../../errors';

/** The handbook's impact questions (§5): Likert 1–5, grouped by what they measure. */
export const LIKERT_QUESTIONS = [
  'own-practice',
  'inspiration',
  'contribution',
  'interaction',
  'contact',
  'reached',
  'value-organisation',
  'value-own',
  'driver',
] as const;
export const OPEN_QUESTIONS = ['most-valuable', 'added-value'] as const;

export type LikertQuestion = (typeof LIKERT_QUESTIONS)[number];
export type OpenQuestion = (typeof OPEN_QUESTIONS)[number];

/** Aggregates of anonymous answers are shown only from this many answers on. */
export const ANONYMITY_THRESHOLD = 3;
export const OPEN_ANSWER_MAX = 1000;

export interface SurveyAnswers {
  likert: Partial<Record<LikertQuestion, number>>;
  open: Partial<Record<OpenQuestion, string>>;
}

/** Everything kept of an anonymous survey: counts per question and score, and the open answers in no order. */
export interface SurveyTally {
  answers: number;
  counts: Record<string, number[]>;
  open: Record<string, string[]>;
  /**
   * Closed: its results are shown, once and for good, and it takes no more answers. While open nobody sees more than
   * the count, so no two looks at the results can differ by one member's answers (decision 0002).
   */
  closed?: true;
}

export const emptyTally = (): SurveyTally => ({ answers: 0, counts: {}, open: {} });

/** Reads `likert_<question>` (1–5, optional each) and `open_<question>` fields; at least one answer. */
export function parseSurvey(raw: Record<string, unknown>): Result<SurveyAnswers> {
  const answers: SurveyAnswers = { likert: {}, open: {} };
  for (const q of LIKERT_QUESTIONS) {
    const value = raw[`likert_${q}`];
    if (value === undefined || value === '') continue;
    const score = Number(value);
    if (!Number.isInteger(score) || score < 1 || score > 5) return fail('errors.input.invalidChoice', { field: q });
    answers.likert[q] = score;
  }
  for (const q of OPEN_QUESTIONS) {
    const text = typeof raw[`open_${q}`] === 'string' ? String(raw[`open_${q}`]).trim() : '';
    if (text === '') continue;
    const length = [...text].length;
    if (length > OPEN_ANSWER_MAX) return fail('errors.input.tooLong', { field: q, length, max: OPEN_ANSWER_MAX });
    answers.open[q] = text;
  }
  if (Object.keys(answers.likert).length + Object.keys(answers.open).length === 0)
    return fail('errors.input.required', { field: 'survey' });
  return ok(answers);
}

/**
 * Adds one member's answers to the tally. Open answers go in at a position from `random`, so the
 * order they are kept in says nothing about who answered when.
 */
export function addToTally(tally: SurveyTally, answers: SurveyAnswers, random: () => number): SurveyTally {
  const counts = { ...tally.counts };
  for (const [q, score] of Object.entries(answers.likert)) {
    const row = [...(counts[q] ?? [0, 0, 0, 0, 0])];
    row[score - 1] = (row[score - 1] ?? 0) + 1;
    counts[q] = row;
  }
  const open = { ...tally.open };
  for (const [q, text] of Object.entries(answers.open)) {
    const list = [...(open[q] ?? [])];
    list.splice(Math.floor(random() * (list.length + 1)), 0, text);
    open[q] = list;
  }
  return { answers: tally.answers + 1, counts, open };
}

/** The tally as it is closed: the open answers shuffled once more, so not even the order they were kept in is left. */
export function closeTally(tally: SurveyTally, random: () => number): SurveyTally {
  const open = Object.fromEntries(Object.entries(tally.open).map(([q, list]) => [q, shuffled(list, random)]));
  return { ...tally, open, closed: true };
}

/** Fisher–Yates: every order equally likely, whatever order `list` came in. */
export function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface QuestionResult {
  question: string;
  answers: number;
  average: number;
}

/**
 * Averages per Likert question, or nothing at all while fewer than the threshold answered (callers also wait for the
 * close).
 */
export function surveyResults(tally: SurveyTally): QuestionResult[] | undefined {
  if (tally.answers < ANONYMITY_THRESHOLD) return undefined;
  return LIKERT_QUESTIONS.flatMap((q) => {
    const row = tally.counts[q];
    const answers = row?.reduce((a, b) => a + b, 0) ?? 0;
    if (!row || answers === 0) return [];
    const average = row.reduce((sum, n, i) => sum + n * (i + 1), 0) / answers;
    return [{ question: q, answers, average: Math.round(average * 10) / 10 }];
  });
}
