import type { CheckInQuestion } from '../../domain/activities/check-in/check-in-questions';
import type { Lang } from '../../i18n/t';
import en from './sample-texts.en.json';
import nl from './sample-texts.nl.json';

/**
 * What the five sample colleagues of local mode write (Pieter, Lotte, Wout, Fien and Jens, lecturers of anatomy and
 * physiology in a Flemish college), one entry per colleague: the i-th colleague takes entry i. Post-its are listed
 * per board: by phase key, and by `phaseKey:category` or `activity:category` for boards with categories.
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

const TEXTS: Record<Lang, SampleTexts> = { en, nl };

export const sampleTexts = (lang: Lang): SampleTexts => TEXTS[lang];

/** The i-th entry, round the list again when there are more colleagues than entries. */
export const nth = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
