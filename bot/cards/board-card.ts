import { POST_IT_MAX } from '../../domain/activities/board/board';
import { driverRatingSection, type DriverRatingView } from './driver-rating-card';
import { wallSection, type WallView } from './board-wall';
import type { Translate } from '../../i18n/t';
import type { AdaptiveCard, CardElement, CardRef, PhasePosition } from './card-kit';
import {
  actionSet,
  adaptiveCard,
  container,
  execute,
  heading,
  input,
  notice,
  positionLine,
  refreshFor,
  text,
} from './card-kit';

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
  /** The group's post-its, without names. */
  wall?: WallView;
  /** The view of a facilitator: it may reveal a hidden board and take a post-it off it. */
  forFacilitator?: boolean;
}

/** A board of post-its: brainstorm, retrospective or check-out, by the phase it belongs to. */
export function boardCard(view: BoardCardView, t: Translate): AdaptiveCard {
  const body: CardElement[] = [
    heading(t('board.title', { phase: t(`phase.${view.phaseKey}.title`), number: view.sessionNumber })),
    ...(view.position ? [positionLine(view.position, t)] : []),
    text(view.prompt ?? t(`phase.${view.phaseKey}.description`)),
  ];
  const banner = bannerOf(view, t);
  if (banner) body.push(banner);
  if (view.open)
    body.push(
      ...newPostIt(view, t),
      actionSet(execute(t('board.add'), BOARD_VERBS.add, { ...view.ref, token: view.token }, 'positive')),
    );
  else body.push(text(t('board.closed'), { subtle: true }));
  body.push(text(countLine(view, t), { subtle: true, separator: true }));
  if (view.wall)
    body.push(
      ...wallSection(
        view.wall,
        { ref: view.ref, categories: view.categories, forFacilitator: view.forFacilitator === true, open: view.open },
        t,
      ),
    );
  if (view.mine?.length) body.push(...mine(view, t));
  if (view.rating) body.push(...driverRatingSection(view.rating, t));
  return adaptiveCard(body, [], refreshFor(BOARD_VERBS.refresh, view.ref, view.refreshUserIds, view.open));
}

function newPostIt(view: BoardCardView, t: Translate): CardElement[] {
  const elements: CardElement[] = [
    input.text('text', {
      label: t('board.newLabel'),
      placeholder: t('board.newPlaceholder'),
      isMultiline: true,
      maxLength: POST_IT_MAX,
      value: view.draft?.text || undefined,
    }),
  ];
  if (view.categories.length > 0) {
    elements.push(
      input.choiceSet('category', {
        label: t('board.categoryLabel'),
        style: 'expanded',
        choices: view.categories.map((c) => ({ title: t(`board.category.${c}`), value: c })),
        value: view.draft?.category ?? view.categories[0],
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
        view.open
          ? input.text(`text_${p.id}`, {
              value: p.text,
              maxLength: POST_IT_MAX,
              isMultiline: true,
              label: p.category
                ? t(`board.category.${p.category}`)
                : t('board.mineItem', { number: own.length - shown.length + i + 1 }),
            })
          : text(p.text),
        ...(p.hidden ? [text(t('board.mineHidden'), { subtle: true, italic: true })] : []),
        ...(view.open
          ? [
              actionSet(
                execute(t('board.save'), BOARD_VERBS.edit, { ...view.ref, postItId: p.id }),
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
  const n = view.notice;
  if (!n) return undefined;
  if (n.kind === 'error') return notice(n.message, 'Attention');
  return notice(t(`board.${n.kind}`), 'Good');
}
