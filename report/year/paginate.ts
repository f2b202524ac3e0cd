import { framed, stack, type Block } from '../block';
import { FONT_FAMILY } from '../fonts';
import { el, fit, line, rect, text } from '../svg';
import { COLOURS, PAGE, TYPE } from '../theme';
import type { Part } from './portfolio-part';

/** The footer's band at the bottom of every page, bottom margin included. */
const FOOTER = 48;
export const CONTENT = PAGE.width - PAGE.margin * 2;
const BOTTOM = PAGE.height - FOOTER;
const ITEM_GAP = 8;
/** How many items at least a part starts with on a page (fewer only when it has fewer). */
const ORPHANS = 3;

interface Placed {
  block: Block;
  y: number;
}

/**
 * Lays the cover and the parts out on A4 pages: a part starts on the page where the last one ended when its title
 * and first items fit there; its items flow on, and a page that breaks a part repeats its title (`continued`).
 */
export function paginate(cover: Block, parts: Part[], continued: (title: string) => string): Placed[][] {
  const pages: Placed[][] = [[{ block: cover, y: PAGE.margin }]];
  let y = PAGE.margin + cover.height + PAGE.gap * 1.5;
  const newPage = () => {
    pages.push([]);
    y = PAGE.margin + 14;
  };
  for (const part of parts) {
    let title = part.title;
    let pending = [...part.items];
    const gap = part.gap ?? ITEM_GAP;
    const lead = part.header ? [part.header] : [];
    const whole = framed(title, part.note, CONTENT, stack([...lead, ...pending], gap)).height;
    if (part.keepTogether && y + whole > BOTTOM && PAGE.margin + 14 + whole <= BOTTOM) newPage();
    while (pending.length > 0) {
      const room = BOTTOM - y - 30 - (part.header ? part.header.height + gap : 0);
      const taken = takeFitting(pending, room, gap);
      // A part does not start with a lone item or two at the foot of a page.
      const least = title === part.title ? Math.min(ORPHANS, pending.length) : 1;
      if (taken < least && y > PAGE.margin + 14) {
        newPage();
        continue;
      }
      const count = Math.max(1, taken);
      const block = framed(title, part.note, CONTENT, stack([...lead, ...pending.slice(0, count)], gap));
      pages[pages.length - 1]?.push({ block, y });
      y += block.height + PAGE.gap * 1.5;
      pending = pending.slice(count);
      if (pending.length > 0) {
        title = continued(part.title);
        newPage();
      }
    }
  }
  return pages;
}

/** How many of the items, from the first, fit in `room`. */
function takeFitting(items: Block[], room: number, gap: number): number {
  let used = 0;
  let count = 0;
  for (const item of items) {
    used += item.height + (count > 0 ? gap : 0);
    if (used > room) break;
    count++;
  }
  return count;
}

/** One page as SVG: the accent band, what was placed on it, and the footer with the page number. */
export function pageSvg(placed: Placed[], footer: string): string {
  const body = [
    rect(0, 0, PAGE.width, PAGE.height, COLOURS.paper),
    rect(0, 0, PAGE.width, 6, COLOURS.accent),
    ...placed.map((p) => p.block.draw(PAGE.margin, p.y)),
    line(PAGE.margin, PAGE.height - 38, PAGE.width - PAGE.margin, PAGE.height - 38, COLOURS.rule),
    text(PAGE.margin, PAGE.height - 26, fit(footer, CONTENT, TYPE.small - 0.5), {
      size: TYPE.small - 0.5,
      fill: COLOURS.faint,
    }),
  ].join('');
  const size = `width="${PAGE.width}" height="${PAGE.height}" viewBox="0 0 ${PAGE.width} ${PAGE.height}"`;
  return `<svg xmlns="http://www.w3.org/2000/svg" ${size}>${el('g', { 'font-family': FONT_FAMILY }, body)}</svg>`;
}
