import type { Translate } from '../../i18n/t';
import type { AdaptiveCard, CardElement, CardRef, PhasePosition } from './card-kit';
import { actionSet, adaptiveCard, execute, input, outcomeNotice, phaseHeading, text } from './card-kit';
import { facilitatorControls } from './facilitator-controls';

export const DRIVER_VERBS = { rate: 'driver.rate' } as const;

export interface DriverRatingView {
  ref: CardRef;
  sessionNumber: number;
  position?: PhasePosition;
  open: boolean;
  count: number;
  average?: number;
  mine?: number;
  notice?: { kind: 'saved' } | { kind: 'error'; message: string };
  decimal: (n: number) => string;
  /** A facilitator's own view of the card: the session's controls. */
  forFacilitator?: boolean;
}

/** "How far are we toward our driver?" as its own card (the start session's baseline). */
export const driverRatingCard = (view: DriverRatingView, t: Translate): AdaptiveCard =>
  adaptiveCard([
    ...phaseHeading(t('driverRating.title', { number: view.sessionNumber }), view.position, t),
    ...driverRatingSection(view, t),
    ...facilitatorControls(view, t),
  ]);

/** The rating as a section of another card (the retrospective, the check-out). */
export function driverRatingSection(view: DriverRatingView, t: Translate): CardElement[] {
  const summary =
    view.count === 0
      ? t('driverRating.none')
      : view.average !== undefined
        ? t('driverRating.average', { count: view.count, average: view.decimal(view.average) })
        : t('driverRating.count', { count: view.count });
  const elements: CardElement[] = [];
  if (view.notice) elements.push(outcomeNotice(view.notice, () => t('driverRating.saved')));
  if (view.open) {
    elements.push(
      input.choiceSet('rating', {
        label: t('driverRating.question'),
        placeholder: t('driverRating.placeholder'),
        style: 'compact',
        separator: true,
        choices: [1, 2, 3, 4, 5].map((n) => ({ title: t(`driverRating.scale.${n}`), value: String(n) })),
        value: view.mine ? String(view.mine) : undefined,
      }),
      actionSet(execute(t('driverRating.rate'), DRIVER_VERBS.rate, view.ref)),
    );
  }
  elements.push(text(summary, { subtle: true }));
  return elements;
}
