import type { Translate } from '../../i18n/t';
import type { CardElement } from './card-kit';
import { text } from './card-kit';

/** Long goals are cut here so the line stays one line on a phone. */
export const GOAL_ON_CARD = 72;

/** "Driver: <end goal>" on a session's first card, so everyone sees what the community works toward. */
export function driverGoalLine(goal: string, t: Translate): CardElement {
  const chars = [...goal.replace(/\s+/g, ' ').trim()];
  const short = chars.length > GOAL_ON_CARD ? `${chars.slice(0, GOAL_ON_CARD - 1).join('')}…` : chars.join('');
  return text(t('driverGoal.line', { goal: short }), { weight: 'Bolder', color: 'Accent' });
}

/** The goal a session's first phase recalls; none for the other phases, or before there was a driver. */
export const firstPhaseGoal = (session: { driverGoal?: string }, phaseIndex: number): { driverGoal?: string } =>
  phaseIndex === 0 && session.driverGoal ? { driverGoal: session.driverGoal } : {};
