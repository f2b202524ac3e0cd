import type { CheckInQuestion } from '../../domain/activities/check-in/check-in-questions';
import type { Lang } from '../../i18n/t';
import { SAMPLE_TEXTS_EN } from './sample-texts-en';
import { SAMPLE_TEXTS_NL } from './sample-texts-nl';

/**
 * What the five sample colleagues of local mode write, one entry per colleague (the i-th colleague takes
 * entry i). Post-its are listed per board: by phase key, and by `phaseKey:category` for boards with categories.
 */
export interface SampleTexts {
  checkIn: {
    answers: Record<CheckInQuestion, readonly string[]>;
    words: readonly string[];
    sinceLastTime: readonly string[];
    obstacles: readonly string[];
  };
  introductions: readonly { programme: string; courses: string }[];
  postIts: Record<string, readonly string[]>;
  /** Post-its for a board whose phase key has none of its own. */
  anyBoard: readonly string[];
  actions: readonly string[];
  survey: { 'most-valuable': readonly string[]; 'added-value': readonly string[] };
}

export const sampleTexts = (lang: Lang): SampleTexts => (lang === 'en' ? SAMPLE_TEXTS_EN : SAMPLE_TEXTS_NL);

/** The i-th entry, round the list again when there are more colleagues than entries. */
export const nth = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
