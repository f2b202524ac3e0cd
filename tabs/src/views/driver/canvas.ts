import type { ApiError } from '../../api';
import type { Translate } from '../../i18n';
import type { DriverData } from './use-driver';

export type Canvas = NonNullable<DriverData['driver']>;
export type Step = Canvas['steps'][number];
export type TextField = 'endGoal' | 'whyItMatters' | 'whatGoesWell' | 'howWeWillKnow';
export const FIELDS: TextField[] = ['endGoal', 'whyItMatters', 'whatGoesWell', 'howWeWillKnow'];
/** What each part of the driver view that edits the canvas is given: the form, whether it may, and how. */
export interface CanvasEditing {
  form: Canvas;
  readOnly: boolean;
  change: (next: Canvas) => void;
  t: Translate;
}

export const EMPTY: Canvas = { endGoal: '', whyItMatters: '', whatGoesWell: '', howWeWillKnow: '', steps: [] };

export const clean = (step: Step): Step =>
  Object.fromEntries(Object.entries(step).filter(([, v]) => v !== undefined)) as Step;

/** The newest saved version a refused save brings along (someone saved first). */
export const newestOf = (error: ApiError | undefined): { driver: Canvas; revision: number } | undefined =>
  error?.current as { driver: Canvas; revision: number } | undefined;
