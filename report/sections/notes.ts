import { stack, type Block } from '../block';
import { rect, text, wrap } from '../svg';
import { COLOURS, TYPE } from '../theme';

const PAD = 6;
const LINE = 13.5;

/** Post-its as small tinted notes, one under the other. */
export function notes(texts: string[], width: number, fill: string, maxLines: number): Block {
  const note = (lines: string[]): Block => {
    const h = lines.length * LINE + PAD * 2 - 3;
    return {
      height: h,
      draw: (x, top) =>
        rect(x, top, width, h, fill, { rx: 4 }) +
        lines
          .map((l, i) => text(x + PAD, top + PAD + 9 + i * LINE, l, { size: TYPE.body - 0.5, fill: COLOURS.ink }))
          .join(''),
    };
  };
  return stack(
    texts.map((t) => note(wrap(t, width - PAD * 2, TYPE.body - 0.5, maxLines))),
    5,
  );
}

/** Items as a plain list with small bullets in a tone, for highlights and suggestions. */
export function bullets(texts: string[], width: number, tone: string, maxLines: number): Block {
  const bullet = (lines: string[]): Block => ({
    height: lines.length * 14 + 4,
    draw: (x, top) =>
      rect(x, top + 5, 5, 5, tone, { rx: 2.5 }) +
      lines.map((l, i) => text(x + 12, top + 10 + i * 14, l, { size: TYPE.body, fill: COLOURS.ink })).join(''),
  });
  return stack(
    texts.map((t) => bullet(wrap(t, width - 12, TYPE.body, maxLines))),
    0,
  );
}
