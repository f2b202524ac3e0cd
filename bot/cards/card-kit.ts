/** Small typed builders for Adaptive Cards 1.5, the highest version Teams renders. */
import type {
  ActionStyle,
  AdaptiveCard,
  CardAction,
  CardElement,
  ExecuteAction,
  RichTextBlock,
  TextColor,
  TextRun,
} from './card-elements';

export type * from './card-elements';

/** Changes whenever the data a card sends back changes shape, so old cards can be recognised. */
export const CARD_VERSION = 1;

/** What every button sends back: which session and phase the card belongs to. */
export interface CardRef {
  sessionId: string;
  phaseIndex: number;
}

export function adaptiveCard(
  body: CardElement[],
  actions: CardAction[] = [],
  extra: Partial<AdaptiveCard> = {},
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length ? { actions } : {}),
    ...extra,
  };
}

interface TextStyle {
  size?: 'Small' | 'Default' | 'Medium' | 'Large';
  weight?: 'Bolder';
  color?: Exclude<TextColor, 'Default' | 'Dark' | 'Light'>;
  subtle?: boolean;
  italic?: boolean;
  separator?: boolean;
}

/**
 * Text that may contain anything a member typed. A TextRun renders no markdown, so `*`, `[`, `#`
 * and friends in user text can never turn into formatting or links.
 */
export function text(value: string, style: TextStyle = {}): RichTextBlock {
  const run: TextRun = { type: 'TextRun', text: value };
  if (style.size) run.size = style.size;
  if (style.weight) run.weight = style.weight;
  if (style.color) run.color = style.color;
  if (style.subtle) run.isSubtle = true;
  if (style.italic) run.italic = true;
  const block: RichTextBlock = { type: 'RichTextBlock', inlines: [run] };
  if (style.separator) block.separator = true;
  return block;
}

export const heading = (value: string): CardElement => text(value, { size: 'Large', weight: 'Bolder' });

export const notice = (value: string, color: 'Good' | 'Warning' | 'Attention'): CardElement => ({
  type: 'Container',
  style: color === 'Good' ? 'good' : color === 'Warning' ? 'warning' : 'attention',
  items: [text(value, { weight: 'Bolder' })],
});

export function execute(
  title: string,
  verb: string,
  data: object,
  style?: Exclude<ActionStyle, 'default'>,
): ExecuteAction {
  const action: ExecuteAction = { type: 'Action.Execute', title, verb, data: { ...data, cardVersion: CARD_VERSION } };
  if (style) action.style = style;
  return action;
}

/** Where a phase stands in its session's agenda, shown under an activity card's title. */
export interface PhasePosition {
  index: number;
  total: number;
  minutes: number;
  /** The session is in this phase now: only then can a facilitator move on or extend from its card. */
  current?: boolean;
}

type Label = (key: string, values?: Record<string, string | number>) => string;

export const positionLine = (p: PhasePosition, t: Label): CardElement =>
  text(t('session.phasePosition', { index: p.index + 1, total: p.total, minutes: p.minutes }), { subtle: true });

/** An activity card's title, with where its phase stands in the session under it. */
export const phaseHeading = (title: string, position: PhasePosition | undefined, t: Label): CardElement[] => [
  heading(title),
  ...(position ? [positionLine(position, t)] : []),
];

/** A notice of what went wrong with what the member sent. */
export interface ErrorNotice {
  kind: 'error';
  message: string;
}

/** What came of a member's click: the error it met, or what `done` makes of it, in green. */
export function outcomeNotice<D extends { kind: string }>(
  outcome: ErrorNotice | D,
  done: (outcome: D) => string,
): CardElement {
  if (outcome.kind === 'error') return notice((outcome as ErrorNotice).message, 'Attention');
  return notice(done(outcome as D), 'Good');
}

/** How many there are (`some`, given the count; `none` when 0), as the line that starts a part of the card. */
export const countLine = (
  t: Label,
  count: number,
  keys: { some: string; none: string },
  style: TextStyle = { subtle: true },
): CardElement => text(count === 0 ? t(keys.none) : t(keys.some, { count }), { ...style, separator: true });

/** The line that says how many of `total` did not fit on the card, when some did not. */
export const moreLine = (t: Label, key: string, total: number, shown: number): CardElement[] =>
  total > shown ? [text(t(key, { count: total - shown }), { subtle: true })] : [];

/** Members listed get their own view of a shared card from the bot (Teams allows at most 60 ids). */
export function refreshFor(
  verb: string,
  ref: object,
  userIds: readonly string[] | undefined,
  open: boolean,
): Partial<AdaptiveCard> {
  const ids = userIds?.slice(0, 60) ?? [];
  if (!open || ids.length === 0) return {};
  return {
    refresh: { action: { type: 'Action.Execute', verb, data: { ...ref, cardVersion: CARD_VERSION } }, userIds: ids },
  };
}

/** A list of lines, one RichTextBlock each (user text stays plain). */
export const lines = (values: readonly string[], style: TextStyle = {}): CardElement[] =>
  values.map((v) => text(v, style));

export { actionSet, column, columns, container, input, openUrl } from './card-layout';
