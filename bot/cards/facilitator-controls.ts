import type { Translate } from '../../i18n/t';
import { EXTEND_MINUTES } from '../../domain/session/steer-from-card';
import type { CardElement, CardRef, ExecuteAction, PhasePosition } from './card-kit';
import { actionSet, container, execute, text } from './card-kit';

/** The verbs of the facilitator's row; they go to the same use cases as `/next`, `/end-session` and the tab. */
export const STEER_VERBS = { next: 'session.next', end: 'session.end', extend: 'session.extend' } as const;

/** What a phase card needs to know to show a facilitator their controls. */
export interface Steerable {
  ref: CardRef;
  position?: PhasePosition;
  /** This view is a facilitator's own (user-specific view): only they see the controls. */
  forFacilitator?: boolean;
}

/**
 * The facilitator's row under a phase card: the phase's own control (reveal, publish) and, while the session is in
 * this phase, "Next phase" (on the last phase "End session") and "Extend". Empty in everybody else's view.
 */
export function facilitatorControls(view: Steerable, t: Translate, own: ExecuteAction[] = []): CardElement[] {
  if (!view.forFacilitator) return [];
  // Two rows: three buttons side by side do not fit a channel's width.
  const rows = [own, view.position?.current ? steering(view.ref, view.position, t) : []].filter((r) => r.length);
  if (rows.length === 0) return [];
  return [
    container([text(t('session.steer.title'), { size: 'Small', subtle: true }), ...rows.map((r) => actionSet(...r))], {
      separator: true,
      spacing: 'Medium',
    }),
  ];
}

function steering(ref: CardRef, position: PhasePosition, t: Translate): ExecuteAction[] {
  const last = position.index + 1 >= position.total;
  return [
    last
      ? execute(t('session.steer.end'), STEER_VERBS.end, ref, 'destructive')
      : execute(t('session.steer.next'), STEER_VERBS.next, ref, 'positive'),
    execute(t('session.steer.extend', { minutes: EXTEND_MINUTES }), STEER_VERBS.extend, ref),
  ];
}
