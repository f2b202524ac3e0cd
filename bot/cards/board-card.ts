import { POST_IT_MAX } from '../../domain/activities/board/board';
import { driverRatingSection, type DriverRatingView } from './driver-rating-card';
import { driverStepSection, type DriverStepView } from './driver-step-card';
import { driverGoalLine } from './driver-goal-line';
import { previewSection, type PreviewView } from './preview-section';
import { wallSection, type WallView } from './board-wall';
import type { Translate } from '../../i18n/t';
import type { AdaptiveCard, CardElement, CardRef, PhasePosition } from './card-kit';
import { facilitatorControls } from './facilitator-controls';
import { openDialog } from './dialog-button';
import { handedBackBlock } from './notice-card';
import { adaptiveCard, execute, outcomeNotice, phaseHeading, refreshFor, text } from './card-kit';
import { actionSet, container, input } from './card-layout';

export const BOARD_VERBS = {
  add: 'board.add',
  edit: 'board.edit',
  withdraw: 'board.withdraw',
  refresh: 'board.refresh',
} as const;

/** At most this many of a member's own post-its on the card (Teams' size limit); the tab shows all. */
export const MINE_ON_CARD = 10;

export interface BoardCardView {
  ref: CardRef;
  sessionNumber: number;
  phaseKey: string;
  position?: PhasePosition;
  /** What the facilitator asked; the phase's description when they asked nothing. */
  prompt?: string;
  categories: readonly string[];
  total: number;
  authors: number;
  open: boolean;
  /** New with every rendering: the same token twice is a double click. */
  token: string;
  refreshUserIds?: string[];
  /** `hidden`: a facilitator took it off the shared board; its author still sees it. */
  mine?: { id: string; text: string; category: string | null; hidden?: boolean }[];
  notice?:
    | { kind: 'added' | 'unchanged' | 'saved' | 'withdrawn' | 'revealed' | 'postItHidden' }
    | { kind: 'error'; message: string };
  /** What the member typed, handed back when it could not be taken. */
  draft?: { text?: string; category?: string };
  /** The retrospective and check-out also ask how far we are toward the driver. */
  rating?: DriverRatingView;
  /** A facilitator's own view: the session's controls. */
  forFacilitator?: boolean;
  /** The start session's driver step: the driver as it stands and the contributions per guiding question. */
  driverStep?: DriverStepView;
  /** The start session's look ahead: the planned sessions and the top topics. */
  preview?: PreviewView;
  /** The driver's end goal, when the board is the session's first card. */
  driverGoal?: string;
  /** The group's post-its, without names. */
  wall?: WallView;
}

/** A board of post-its: brainstorm, retrospective or check-out, by the phase it belongs to. */
export function boardCard(view: BoardCardView, t: Translate): AdaptiveCard {
  const body: CardElement[] = [
    ...phaseHeading(
      t('board.title', { phase: t(`phase.${view.phaseKey}.title`), number: view.sessionNumber }),
      view.position,
      t,
    ),
    ...(view.driverGoal ? [driverGoalLine(view.driverGoal, t)] : []),
    text(view.prompt ?? t(`phase.${view.phaseKey}.description`)),
  ];
  const banner = bannerOf(view, t);
  if (banner) body.push(banner);
  if (view.driverStep) body.push(...driverStepSection(view.driverStep, t));
  if (view.preview) body.push(...previewSection(view.preview, t));
  if (view.open) body.push(...addButton(view, t));
  else body.push(text(t('board.closed'), { subtle: true }));
  body.push(text(countLine(view, t), { subtle: true, separator: true }));
  // The driver step lists its contributions per guiding question already.
  if (view.wall && !view.driverStep)
    body.push(
      ...wallSection(
        view.wall,
        { ref: view.ref, categories: view.categories, forFacilitator: view.forFacilitator === true, open: view.open },
        t,
      ),
    );
  if (view.mine?.length) body.push(...mine(view, t));
  if (view.rating) body.push(...driverRatingSection(view.rating, t));
  body.push(...facilitatorControls(view, t));
  return adaptiveCard(body, [], refreshFor(BOARD_VERBS.refresh, view.ref, view.refreshUserIds, view.open));
}

/** Writing happens in a dialog, which a card update cannot wipe; a handed-back draft goes into it. */
function addButton(view: BoardCardView, t: Translate): CardElement[] {
  const draft = view.draft?.text ? { draft: view.draft } : {};
  return [
    ...(view.draft?.text ? [handedBackBlock(view.draft.text, t)] : []),
    actionSet(openDialog(t('board.add'), BOARD_VERBS.add, { ...view.ref, token: view.token, ...draft }, 'positive')),
  ];
}

/** A post-it's fields: the new one's ids (`text`) or one's own post-it's (`text_<id>`), as the handlers read them. */
export function postItInputs(
  id: string,
  categories: readonly string[],
  values: { text?: string; category?: string | null },
  t: Translate,
): CardElement[] {
  const elements: CardElement[] = [
    input.text(id, {
      label: t('board.newLabel'),
      placeholder: t('board.newPlaceholder'),
      isMultiline: true,
      maxLength: POST_IT_MAX,
      value: values.text || undefined,
    }),
  ];
  if (categories.length > 0) {
    elements.push(
      input.choiceSet('category', {
        label: t('board.categoryLabel'),
        style: 'expanded',
        choices: categories.map((c) => ({ title: t(`board.category.${c}`), value: c })),
        value: values.category ?? categories[0],
      }),
    );
  }
  return elements;
}

function mine(view: BoardCardView, t: Translate): CardElement[] {
  const own = view.mine ?? [];
  const shown = own.slice(-MINE_ON_CARD);
  const title =
    own.length > shown.length
      ? t('board.mineLimited', { shown: shown.length, count: own.length })
      : t('board.mine', { count: own.length });
  return [
    text(title, { weight: 'Bolder', separator: true }),
    ...shown.map((p, i) =>
      container([
        text(
          p.category
            ? t(`board.category.${p.category}`)
            : t('board.mineItem', { number: own.length - shown.length + i + 1 }),
          { subtle: true, size: 'Small' },
        ),
        text(p.text),
        ...(p.hidden ? [text(t('board.mineHidden'), { subtle: true, italic: true })] : []),
        ...(view.open
          ? [
              actionSet(
                openDialog(t('board.edit'), BOARD_VERBS.edit, { ...view.ref, postItId: p.id }),
                execute(t('board.withdraw'), BOARD_VERBS.withdraw, { ...view.ref, postItId: p.id }, 'destructive'),
              ),
            ]
          : []),
      ]),
    ),
  ];
}

const countLine = (view: BoardCardView, t: Translate): string =>
  view.total === 0
    ? t('board.countNone')
    : `${t('board.count', { count: view.total })} ${t('board.authors', { count: view.authors })}`;

function bannerOf(view: BoardCardView, t: Translate): CardElement | undefined {
  return view.notice && outcomeNotice(view.notice, (n) => t(`board.${n.kind}`));
}
