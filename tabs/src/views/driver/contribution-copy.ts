import type { Canvas } from './canvas';

/** The guiding question a contribution answered, as the board's categories name it (domain DRIVER_PARTS). */
export type Part = 'goal' | 'going-well' | 'steps';

const appended = (field: string, text: string): string => (field.trim() === '' ? text : `${field}\n${text}`);

/** The canvas with a contribution copied where its question belongs: the end goal, what goes well, or a new step. */
export function copyInto(form: Canvas, part: string, text: string): Canvas {
  if (part === 'goal') return { ...form, endGoal: appended(form.endGoal, text) };
  if (part === 'going-well') return { ...form, whatGoesWell: appended(form.whatGoesWell, text) };
  return { ...form, steps: [...form.steps, { text }] };
}

/** Whether the canvas already holds the contribution's text where it would be copied to. */
export function holds(form: Canvas, part: string, text: string): boolean {
  if (part === 'goal') return form.endGoal.includes(text);
  if (part === 'going-well') return form.whatGoesWell.includes(text);
  return form.steps.some((s) => s.text.trim() === text.trim());
}
