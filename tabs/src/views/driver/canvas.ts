import type { ApiError } from '../../api';
import type { DriverData } from './use-driver';

export type Canvas = NonNullable<DriverData['driver']>;
export type Step = Canvas['steps'][number];
export type TextField = 'endGoal' | 'whyItMatters' | 'whatGoesWell' | 'howWeWillKnow';
export const FIELDS: TextField[] = ['endGoal', 'whyItMatters', 'whatGoesWell', 'howWeWillKnow'];
export const EMPTY: Canvas = { endGoal: '', whyItMatters: '', whatGoesWell: '', howWeWillKnow: '', steps: [] };

export const clean = (step: Step): Step =>
  Object.fromEntries(Object.entries(step).filter(([, v]) => v !== undefined)) as Step;

/** The newest saved version a refused save brings along (someone saved first). */
export const newestOf = (error: ApiError | undefined): { driver: Canvas; revision: number } | undefined =>
  error?.current as { driver: Canvas; revision: number } | undefined;
