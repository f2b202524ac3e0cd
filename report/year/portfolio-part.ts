import type { YearPortfolioModel } from '../../domain/report/year/year-model';
import type { Translate } from '../../i18n/t';
import type { Block } from '../block';
import { text, wrap } from '../svg';
import { COLOURS, TYPE } from '../theme';

export interface PortfolioContext {
  model: YearPortfolioModel;
  t: Translate;
}

/**
 * A chapter of the portfolio: a title, a note on the right, and its items, which the pages may break between (the
 * title comes again, marked as continued, on the next page).
 */
export interface Part {
  title: string;
  note?: string;
  items: Block[];
  /** Between items; 8 unless said. */
  gap?: number;
  /** Comes before the items on every page the part is on (a table's column names). */
  header?: Block;
  /** Starts on a new page rather than break, when it fits on one. */
  keepTogether?: boolean;
}

/** Wrapped text as a block: up to `lines` lines, the last one cut with an ellipsis. */
export function paragraph(
  content: string,
  width: number,
  options: { size?: number; fill?: string; lines?: number; bold?: boolean } = {},
): Block {
  const size = options.size ?? TYPE.body;
  const weight = options.bold ? 'bold' : 'regular';
  const rows = content.trim() ? wrap(content, width, size, options.lines ?? 6, weight) : [];
  const leading = size * 1.35;
  return {
    height: rows.length * leading,
    draw: (x, y) =>
      rows
        .map((row, i) => text(x, y + size + i * leading, row, { size, weight, fill: options.fill ?? COLOURS.body }))
        .join(''),
  };
}
