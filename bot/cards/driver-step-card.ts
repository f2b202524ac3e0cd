import type { Translate } from '../../i18n/t';
import type { CardElement } from './card-kit';
import { actionSet, openUrl, text } from './card-kit';

/** At most this many contributions per guiding question on the card (Teams' size limit); the tab shows all. */
export const PART_ON_CARD = 6;

/** The driver step of the start session, as a section of its board card. */
export interface DriverStepView {
  /** Per guiding question, what members contributed (no names), oldest first. */
  parts: { part: string; texts: string[] }[];
  /** The driver as the facilitator last saved it in the tab; absent until then. */
  driver?: { endGoal: string; steps: string[] };
  /** Opens the tab on the driver. */
  tabUrl: string;
}

/** The driver as it stands, with a button to the tab, then the group's contributions under each question. */
export const driverStepSection = (view: DriverStepView, t: Translate): CardElement[] => [
  ...asItStands(view, t),
  ...view.parts.flatMap((p) => contributions(p, t)),
];

function asItStands(view: DriverStepView, t: Translate): CardElement[] {
  const title = text(t('driverStep.asItStands'), { weight: 'Bolder', size: 'Medium', separator: true });
  const button = actionSet(openUrl(t('driverStep.open'), view.tabUrl));
  if (!view.driver) return [title, text(t('driverStep.notYet'), { subtle: true }), button];
  const goal = view.driver.endGoal.trim();
  return [
    title,
    text(t('driverStep.endGoal'), { subtle: true }),
    text(goal === '' ? t('driverStep.noGoal') : goal, { weight: 'Bolder' }),
    ...(view.driver.steps.length > 0 ? [text(t('driverStep.steps'), { subtle: true })] : []),
    ...view.driver.steps.map((step, i) => text(t('driverStep.stepLine', { number: i + 1, text: step }))),
    button,
  ];
}

function contributions(part: DriverStepView['parts'][number], t: Translate): CardElement[] {
  const shown = part.texts.slice(0, PART_ON_CARD);
  return [
    text(t(`board.category.${part.part}`), { weight: 'Bolder', separator: true }),
    ...(shown.length === 0 ? [text(t('driverStep.nothingYet'), { subtle: true })] : []),
    ...shown.map((s) => text(t('driverStep.item', { text: s }))),
    ...(part.texts.length > shown.length
      ? [text(t('driverStep.more', { count: part.texts.length - shown.length }), { subtle: true })]
      : []),
  ];
}
