import type { Translate } from '../../i18n/t';
import type { CardElement, CardRef } from './card-kit';
import { actionSet, column, columns, container, execute, openUrl, text } from './card-kit';

export const WALL_VERBS = { reveal: 'board.reveal', hide: 'board.hide' } as const;

/** At most this many post-its on the card, and this many characters of them: Teams' card size (tab shows all). */
export const WALL_MAX_ITEMS = 15;
export const WALL_MAX_CHARS = 3000;

/** One post-it as the group sees it: no author. */
export interface WallPostIt {
  id: string;
  text: string;
  category: string | null;
}

/** The group's post-its on the shared card. */
export interface WallView {
  /** Newest first; what the group may see (none a facilitator took off the board). */
  postIts: WallPostIt[];
  /** Hidden until a facilitator reveals them: the card gives only the count. */
  hiddenUntilReveal: boolean;
  /** The tab's agenda, where every post-it shows. */
  tabUrl: string;
}

/** The post-its of the board without names, newest first, grouped by the board's categories when it has them. */
export function wallSection(
  wall: WallView,
  opts: { ref: CardRef; categories: readonly string[]; forFacilitator: boolean; open: boolean },
  t: Translate,
): CardElement[] {
  if (wall.postIts.length === 0) return [];
  if (wall.hiddenUntilReveal) return hiddenWall(wall, opts, t);
  const shown = capped(wall.postIts);
  const hideButtons = opts.forFacilitator && opts.open;
  const groups = opts.categories.length > 0 ? [...opts.categories, null] : [null];
  const body: CardElement[] = [text(t('board.wall.title'), { weight: 'Bolder', separator: true })];
  for (const category of groups) {
    const items = shown.filter((p) => p.category === category);
    if (items.length === 0) continue;
    if (category) {
      const count = wall.postIts.filter((p) => p.category === category).length;
      body.push(text(t('board.wall.category', { category: t(`board.category.${category}`), count }), { subtle: true }));
    }
    body.push(...items.map((p) => postIt(p, hideButtons ? opts.ref : undefined, t)));
  }
  const more = wall.postIts.length - shown.length;
  if (more > 0) body.push(actionSet(openUrl(t('board.wall.more', { count: more }), wall.tabUrl)));
  return body;
}

function hiddenWall(
  wall: WallView,
  opts: { ref: CardRef; forFacilitator: boolean; open: boolean },
  t: Translate,
): CardElement[] {
  const body: CardElement[] = [text(t('board.wall.hidden'), { italic: true, separator: true })];
  if (opts.forFacilitator && opts.open)
    body.push(actionSet(execute(t('board.wall.reveal'), WALL_VERBS.reveal, opts.ref, 'positive')));
  return body;
}

/** The newest post-its that fit: at most WALL_MAX_ITEMS and WALL_MAX_CHARS characters, always at least one. */
function capped(postIts: readonly WallPostIt[]): WallPostIt[] {
  const shown: WallPostIt[] = [];
  let chars = 0;
  for (const p of postIts) {
    chars += [...p.text].length;
    if (shown.length > 0 && (shown.length >= WALL_MAX_ITEMS || chars > WALL_MAX_CHARS)) break;
    shown.push(p);
  }
  return shown;
}

function postIt(p: WallPostIt, hideFrom: CardRef | undefined, t: Translate): CardElement {
  const note = container([text(p.text)], { style: 'emphasis', spacing: 'Small' });
  if (!hideFrom) return note;
  return columns(
    [
      column('stretch', [note]),
      column('auto', [actionSet(execute(t('board.wall.hide'), WALL_VERBS.hide, { ...hideFrom, postItId: p.id }))], {
        verticalContentAlignment: 'Center',
      }),
    ],
    { spacing: 'Small' },
  );
}
