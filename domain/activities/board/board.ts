import { fail, ok, type Result } from '../../errors';
import type { Phase } from '../../session/formats';

/**
 * Brainstorm, retrospective and check-out are one activity: a board of post-its, each under a
 * category of the board (or none). A post-it is one contribution of kind `post-it`.
 */
export interface PostIt {
  text: string;
  category: string | null;
  /** Set in the tab when a facilitator condenses the board (board/clusters.ts). */
  cluster?: string;
  dropped?: true;
  /** A facilitator took it off the shared board: only its author still sees it (board-visibility.ts). */
  hidden?: true;
}

export const POST_IT_KIND = 'post-it';
export const POST_IT_MAX = 280;

/** The start session's shared history is sorted by level (handbook §2.2 step 3). */
export const LEVELS = ['own-department', 'institution', 'other-institutions', 'international'] as const;
export const RETRO_COLUMNS = ['went-well', 'to-improve', 'celebrate'] as const;
export const CHECK_OUT_QUESTIONS = ['take-away', 'next-agenda'] as const;
/** The start session's agreements (afspraken, handbook §2.2 step 2): what we ask of each other. */
export const AGREEMENT_TOPICS = ['preparation', 'presence', 'participation', 'other'] as const;

/**
 * The closing session's anchoring (handbook §4): who else benefits, where the materials live, follow-up, who answers
 * questions.
 */
export const ANCHORING_QUESTIONS = ['who-benefits', 'materials', 'follow-up', 'contact'] as const;

/**
 * The start session's driver step (handbook §2.2 step 5) gathers contributions under its guiding questions: what is
 * different at the end of the academic year, what goes well, which steps lead there. A facilitator shapes the driver
 * from them in the tab.
 */
export const DRIVER_PARTS = ['goal', 'going-well', 'steps'] as const;

/** Talk phases (define, practice question, input, anchoring) keep what was said on a board too. */
const BOARD_ACTIVITIES = new Set<Phase['activity']>([
  'brainstorm',
  'retrospective',
  'check-out',
  'agreements',
  'discussion',
  'driver',
]);

/** What the group may see of a board: every post-it but those a facilitator took off it. */
export const sharedPostIts = <T extends { data: PostIt }>(all: readonly T[]): T[] =>
  all.filter((p) => p.data.hidden !== true);

export const isBoard = (phase: Phase): boolean => BOARD_ACTIVITIES.has(phase.activity);

/** The categories a phase's board sorts post-its into; empty when it takes them as they come. */
export function categoriesOf(phase: Phase): readonly string[] {
  if (phase.key === 'shared-history') return LEVELS;
  if (phase.activity === 'retrospective') return RETRO_COLUMNS;
  if (phase.activity === 'check-out') return CHECK_OUT_QUESTIONS;
  if (phase.activity === 'agreements') return AGREEMENT_TOPICS;
  if (phase.key === 'anchoring') return ANCHORING_QUESTIONS;
  if (phase.activity === 'driver') return DRIVER_PARTS;
  return [];
}

/** Checks a post-it as typed: not empty, not too long, and under one of the board's categories. */
export function parsePostIt(
  raw: { text?: unknown; category?: unknown },
  categories: readonly string[],
): Result<PostIt> {
  const text = typeof raw.text === 'string' ? raw.text.trim() : '';
  if (text === '') return fail('errors.input.required', { field: 'text' });
  const length = [...text].length;
  if (length > POST_IT_MAX) return fail('errors.input.tooLong', { field: 'text', length, max: POST_IT_MAX });
  if (categories.length === 0) return ok({ text, category: null });
  const category = typeof raw.category === 'string' ? raw.category : '';
  if (!categories.includes(category)) return fail('errors.input.invalidChoice', { field: 'category' });
  return ok({ text, category });
}
