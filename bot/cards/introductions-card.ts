import type { CheckInQuestion } from '../../domain/activities/check-in/check-in-questions';
import { INTRODUCTION_LIMITS, type Introduction } from '../../domain/activities/introductions/introductions';
import type { Translate } from '../../i18n/t';
import type { AdaptiveCard, CardElement, CardRef, PhasePosition } from './card-kit';
import { adaptiveCard, countLine, moreLine, outcomeNotice, phaseHeading, refreshFor, text } from './card-kit';
import { container, input } from './card-layout';
import { openDialog } from './dialog-button';
import { facilitatorControls } from './facilitator-controls';
import { handedBackBlock } from './notice-card';

export const INTRODUCTION_VERBS = { submit: 'introductions.submit', refresh: 'introductions.refresh' } as const;
const ON_CARD = 20;

export interface IntroductionsCardView {
  ref: CardRef;
  sessionNumber: number;
  position?: PhasePosition;
  question: CheckInQuestion;
  introductions: Introduction[];
  open: boolean;
  mine?: Introduction;
  notice?: { kind: 'saved'; name: string } | { kind: 'error'; message: string };
  draft?: Partial<Record<keyof typeof INTRODUCTION_LIMITS, string>>;
  refreshUserIds?: string[];
  /** A facilitator's own view: the session's controls. */
  forFacilitator?: boolean;
}

/** The start session's first step: programme, courses, a creative question; the channel reads everyone's. */
export function introductionsCard(view: IntroductionsCardView, t: Translate): AdaptiveCard {
  const body = phaseHeading(t('introductions.title', { number: view.sessionNumber }), view.position, t);
  if (view.notice) body.push(outcomeNotice(view.notice, (n) => t('introductions.saved', { name: n.name })));
  if (view.open) body.push(text(t('introductions.intro'), { subtle: true }), ...handedBack(view, t));
  const count = view.introductions.length;
  body.push(countLine(t, count, { some: 'introductions.listTitle', none: 'introductions.none' }, { weight: 'Bolder' }));
  for (const intro of view.introductions.slice(0, ON_CARD)) {
    const work = [intro.programme, intro.courses].filter(Boolean).join(' · ');
    body.push(
      container(
        [
          text(intro.name, { weight: 'Bolder' }),
          ...(work ? [text(work, { subtle: true })] : []),
          ...(intro.answer ? [text(intro.answer)] : []),
        ],
        { separator: true },
      ),
    );
  }
  body.push(...moreLine(t, 'introductions.more', count, ON_CARD));
  body.push(...facilitatorControls(view, t));
  const title = t(view.mine ? 'introductions.update' : 'introductions.submit');
  const draft = view.draft ? { draft: view.draft } : {};
  const actions = view.open
    ? [openDialog(title, INTRODUCTION_VERBS.submit, { ...view.ref, ...draft }, 'positive')]
    : [];
  return adaptiveCard(body, actions, refreshFor(INTRODUCTION_VERBS.refresh, view.ref, view.refreshUserIds, view.open));
}

/** What the member typed and could not be taken, to copy; the dialog the button opens has it too. */
function handedBack(view: IntroductionsCardView, t: Translate): CardElement[] {
  const typed = Object.values(view.draft ?? {})
    .filter((v) => v?.trim())
    .join('\n');
  return typed ? [handedBackBlock(typed, t)] : [];
}

/** The three fields of an introduction, filled in with the draft or one's own introduction: the dialog's form. */
export function introductionInputs(
  view: Pick<IntroductionsCardView, 'question' | 'mine' | 'draft'>,
  t: Translate,
): CardElement[] {
  const values = view.draft ?? view.mine ?? {};
  const field = (id: keyof typeof INTRODUCTION_LIMITS, label: string) =>
    input.text(id, { label, maxLength: INTRODUCTION_LIMITS[id], value: values[id] || undefined });
  return [
    field('programme', t('introductions.programme')),
    field('courses', t('introductions.courses')),
    field('answer', t(`checkIn.questions.${view.question}`)),
  ];
}
