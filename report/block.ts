import type { Translate } from '../i18n/t';
import type { ReportModel } from '../domain/report/report-model';
import { COLOURS, TYPE } from './theme';
import { measure } from './fonts';
import { fit, line, rect, text } from './svg';

/** How much goes into each section: 0 roomy; 1 and 2 show fewer items, to keep the report on one page. */
export type Density = 0 | 1 | 2;

export interface DrawContext {
  model: ReportModel;
  t: Translate;
  density: Density;
}

/** A drawn piece of the page: its height for a given width, and its SVG at a place. */
export interface Block {
  height: number;
  draw(x: number, y: number): string;
}

export interface Section {
  /** `third`: up to three share a row (fewer share it in halves); `half`: two share a row. */
  span: 'full' | 'half' | 'third';
  render(ctx: DrawContext, width: number): Block | undefined;
}

export const stack = (blocks: Block[], gap: number): Block => ({
  height: blocks.reduce((h, b, i) => h + b.height + (i > 0 ? gap : 0), 0),
  draw(x, y) {
    let top = y;
    return blocks
      .map((b) => {
        const svg = b.draw(x, top);
        top += b.height + gap;
        return svg;
      })
      .join('');
  },
});

export const spacer = (height: number): Block => ({ height, draw: () => '' });

const HEADER = 30;

/** A section: a title with a small accent mark and an optional note on the right, a hairline, then the body. */
export function framed(
  title: string,
  note: string | undefined,
  width: number,
  body: Block,
  accent: string = COLOURS.accent,
): Block {
  return {
    height: HEADER + body.height,
    draw(x, y) {
      const heading = fit(title, width - 14, TYPE.section, 'bold');
      // The note takes what the title leaves, and goes when it does not fit there whole.
      const room = width - 14 - measure(heading, TYPE.section, 'bold') - 16;
      const noteText = note && measure(note, TYPE.small) <= room ? note : '';
      return [
        rect(x, y + 3, 4, 13, accent, { rx: 2 }),
        text(x + 12, y + 14, heading, { size: TYPE.section, weight: 'bold', fill: COLOURS.ink }),
        noteText ? text(x + width, y + 14, noteText, { size: TYPE.small, fill: COLOURS.muted, anchor: 'end' }) : '',
        line(x, y + 22.5, x + width, y + 22.5, COLOURS.rule),
        body.draw(x, y + HEADER),
      ].join('');
    },
  };
}

/** A muted line for a section with nothing to show yet. */
export const quiet = (message: string, width: number): Block => ({
  height: 18,
  draw: (x, y) => text(x, y + 12, fit(message, width, TYPE.body), { size: TYPE.body, fill: COLOURS.muted }),
});

/** How many items a list shows at each density. */
export const limit = (ctx: DrawContext, roomy: number, compact: number, tight: number): number =>
  [roomy, compact, tight][ctx.density] ?? tight;
