import type { ActivityTarget } from '../../domain/activities/activity-context';
import type { CardData } from '../check-in-actions';
import type { TurnInfo } from '../turn-info';

/** A text field of a card's data; anything else (a missing field, a number, an object) is ''. */
export const field = (data: CardData, name: string): string => {
  const value = data[name];
  return typeof value === 'string' ? value : '';
};

/** The session and phase a card click is for, and who clicked. */
export const targetOf = (data: CardData, turn: TurnInfo): ActivityTarget => ({
  sessionId: typeof data.sessionId === 'string' ? data.sessionId : '',
  phaseIndex: Number.isInteger(Number(data.phaseIndex)) ? Number(data.phaseIndex) : -1,
  actor: turn.actor,
});
