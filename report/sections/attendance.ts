import type { Block, DrawContext } from '../block';
import { measure } from '../fonts';
import { text, wrap } from '../svg';
import { COLOURS, TYPE } from '../theme';

/** One or two lines under the key figures: who was there. */
export function attendanceLine(ctx: DrawContext, width: number): Block {
  const { present } = ctx.model.attendance;
  const label = ctx.t('report.attendance.label');
  const indent = measure(label, TYPE.body, 'bold') + 6;
  const lines =
    present.length === 0
      ? [ctx.t('report.attendance.nobody')]
      : namesIn(present, width - indent, (n) => ctx.t('report.attendance.more', { count: n }));
  return {
    height: lines.length * 15 + 2,
    draw(x, y) {
      return (
        text(x, y + 11, label, { size: TYPE.body, weight: 'bold', fill: COLOURS.ink }) +
        lines.map((l, i) => text(x + indent, y + 11 + i * 15, l, { size: TYPE.body, fill: COLOURS.body })).join('')
      );
    },
  };
}

/** The names in at most two lines; when they do not fit, as many as fit and "and 12 more". */
function namesIn(names: string[], width: number, more: (n: number) => string): string[] {
  for (let shown = names.length; shown > 0; shown--) {
    const rest = names.length - shown;
    const list = names.slice(0, shown).join(', ') + (rest > 0 ? ` ${more(rest)}` : '');
    const lines = wrap(list, width, TYPE.body, 3);
    if (lines.length <= 2) return lines;
  }
  return [more(names.length)];
}
