import { phaseSettings, type Session } from '../../session/session';
import { CHECK_IN_VARIANTS, type CheckInVariant } from './check-in';

/**
 * The check-in variant of a session: what the facilitator chose, otherwise the next one in turn
 * (the handbook: "a check-in can be done differently every time"), starting with the weather.
 */
export function checkInVariantOf(session: Session): CheckInVariant {
  const index = session.agenda.findIndex((p) => p.activity === 'check-in');
  const chosen = index >= 0 ? phaseSettings(session, index).checkInVariant : undefined;
  return chosen ?? (CHECK_IN_VARIANTS[(session.number - 1) % CHECK_IN_VARIANTS.length] as CheckInVariant);
}

const NAMES: Record<string, CheckInVariant> = {
  weather: 'weather',
  weer: 'weather',
  colour: 'colour',
  color: 'colour',
  kleur: 'colour',
  word: 'word',
  woord: 'word',
};

/** The variant a facilitator names after `/checkin` (English or Dutch); undefined for anything else. */
export const parseCheckInVariant = (text: string): CheckInVariant | undefined => NAMES[text.trim().toLowerCase()];
