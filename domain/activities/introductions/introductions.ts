import { fail, ok, type Result } from '../../errors';

/** A member's introduction in the start session (handbook §2.2 step 1): shared with everyone. */
export interface Introduction {
  name: string;
  programme: string;
  courses: string;
  /** Answer to the creative question, e.g. "which dish describes you best?". */
  answer: string;
}

export const INTRODUCTION_KIND = 'introduction';
export const INTRODUCTION_LIMITS = { programme: 200, courses: 300, answer: 500 } as const;

/** Checks an introduction as typed: at least one field, none too long. */
export function parseIntroduction(
  raw: Partial<Record<keyof typeof INTRODUCTION_LIMITS, unknown>>,
  name: string,
): Result<Introduction> {
  const intro: Introduction = { name, programme: '', courses: '', answer: '' };
  for (const field of Object.keys(INTRODUCTION_LIMITS) as (keyof typeof INTRODUCTION_LIMITS)[]) {
    const value = typeof raw[field] === 'string' ? String(raw[field]).trim() : '';
    const length = [...value].length;
    if (length > INTRODUCTION_LIMITS[field])
      return fail('errors.input.tooLong', { field, length, max: INTRODUCTION_LIMITS[field] });
    intro[field] = value;
  }
  if (!intro.programme && !intro.courses && !intro.answer) return fail('errors.input.required', { field: 'programme' });
  return ok(intro);
}
