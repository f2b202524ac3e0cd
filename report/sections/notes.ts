import type { Block } from '../block';
import { rect, text, wrap } from '../svg';
import { COLOURS, TYPE } from '../theme';

const PAD = 6;
const LINE = 13.5;

/** Post-its as small tinted notes, one under the other. */
export function notes(texts: string[], width: number, fill: string, maxLines: number): Block {
  const wrapped = texts.map((t) => wrap(t, width - PAD * 2, TYPE.body - 0.5, maxLines));
  const heightOf = (lines: string[]) => lines.length * LINE + PAD * 2 - 3;
  return {
    height: wrapped.reduce((h, l, i) => h + heightOf(l) + (i > 0 ? 5 : 0), 0),
    draw(x, y) {
      let top = y;
      return wrapped
        .map((lines) => {
          const h = heightOf(lines);
          const svg =
            rect(x, top, width, h, fill, { rx: 4 }) +
            lines
              .map((l, i) => text(x + PAD, top + PAD + 9 + i * LINE, l, { size: TYPE.body - 0.5, fill: COLOURS.ink }))
              .join('');
          top += h + 5;
          return svg;
        })
        .join('');
    },
  };
}

/** Items as a plain list with small bullets in a tone, for highlights and suggestions. */
export function bullets(texts: string[], width: number, tone: string, maxLines: number): Block {
  const wrapped = texts.map((t) => wrap(t, width - 12, TYPE.body, maxLines));
  return {
    height: wrapped.reduce((h, l) => h + l.length * 14 + 4, 0),
    draw(x, y) {
      let top = y;
      return wrapped
        .map((lines) => {
          const svg =
            rect(x, top + 5, 5, 5, tone, { rx: 2.5 }) +
            lines.map((l, i) => text(x + 12, top + 10 + i * 14, l, { size: TYPE.body, fill: COLOURS.ink })).join('');
          top += lines.length * 14 + 4;
          return svg;
        })
        .join('');
    },
  };
}
