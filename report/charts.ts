import type { Block } from './block';
import { circle, el, fit, line, rect, text, wrap } from './svg';
import { measure } from './fonts';
import { COLOURS, TYPE } from './theme';

export interface Bar {
  label: string;
  value: number;
  /** What is written at the end of the bar (defaults to the value). */
  valueText?: string;
  strong?: boolean;
}

const BAR = 9;

/** Horizontal bars with their label above (for long labels such as ideas), scaled to `max`. */
export function stackedBars(bars: Bar[], width: number, max: number, labelLines = 1): Block {
  const rows = bars.map((bar) => ({ bar, lines: wrap(bar.label, width - 8, TYPE.body, labelLines) }));
  const rowHeight = (lines: number) => lines * 14 + BAR + 9;
  return {
    height: rows.reduce((h, r) => h + rowHeight(r.lines.length), 0),
    draw(x, y) {
      let top = y;
      return rows
        .map(({ bar, lines }) => {
          const labels = lines
            .map((l, i) =>
              text(x, top + 11 + i * 14, l, {
                size: TYPE.body,
                weight: bar.strong ? 'bold' : 'regular',
                fill: COLOURS.ink,
              }),
            )
            .join('');
          const barY = top + lines.length * 14 + 2;
          const svg = labels + barWithValue(x, barY, width, max, bar);
          top += rowHeight(lines.length);
          return svg;
        })
        .join('');
    },
  };
}

/** Horizontal bars with a fixed label column on the left (for short labels such as survey questions). */
export function inlineBars(bars: Bar[], width: number, max: number, labelWidth: number): Block {
  const rowHeight = 22;
  return {
    height: bars.length * rowHeight,
    draw(x, y) {
      return bars
        .map((bar, i) => {
          const top = y + i * rowHeight;
          return (
            text(x, top + 13, fit(bar.label, labelWidth - 10, TYPE.body), { size: TYPE.body, fill: COLOURS.ink }) +
            barWithValue(x + labelWidth, top + 5, width - labelWidth, max, bar)
          );
        })
        .join('');
    },
  };
}

function barWithValue(x: number, y: number, width: number, max: number, bar: Bar): string {
  const valueText = bar.valueText ?? String(bar.value);
  const track = width - 40;
  const length = max > 0 ? Math.max(bar.value > 0 ? BAR : 0, (bar.value / max) * track) : 0;
  return [
    rect(x, y, track, BAR, COLOURS.tile, { rx: BAR / 2 }),
    rect(x, y, length, BAR, bar.strong ? COLOURS.accent : COLOURS.accentSoft, { rx: BAR / 2 }),
    text(x + track + 8, y + BAR - 0.5, valueText, {
      size: TYPE.body,
      weight: 'bold',
      fill: bar.strong ? COLOURS.accent : COLOURS.body,
    }),
  ].join('');
}

export interface Column {
  label: string;
  count: number;
  fill: string;
  /** Drawn under the column, centred on (cx, cy): a weather icon, a colour swatch. */
  icon(cx: number, cy: number): string;
}

/** Counts as columns over their icons and labels (the check-in's moods or colours). */
export function countColumns(columns: Column[], width: number): Block {
  const chart = 52;
  const max = Math.max(1, ...columns.map((c) => c.count));
  const slot = width / Math.max(1, columns.length);
  const barWidth = Math.min(34, slot * 0.55);
  return {
    height: chart + 58,
    draw(x, y) {
      const base = y + 16 + chart;
      const parts = columns.map((column, i) => {
        const cx = x + slot * i + slot / 2;
        const h = column.count > 0 ? Math.max(4, (column.count / max) * chart) : 0;
        return [
          rect(cx - barWidth / 2, base - h, barWidth, h, column.fill, {
            rx: 3,
            stroke: column.fill === '#FFFFFF' ? COLOURS.faint : undefined,
          }),
          text(cx, base - h - 5, String(column.count), {
            size: TYPE.body,
            weight: 'bold',
            fill: column.count > 0 ? COLOURS.ink : COLOURS.faint,
            anchor: 'middle',
          }),
          column.icon(cx, base + 15),
          text(cx, base + 38, fit(column.label, slot - 4, TYPE.small), {
            size: TYPE.small,
            fill: COLOURS.muted,
            anchor: 'middle',
          }),
        ].join('');
      });
      return line(x, base + 0.5, x + width, base + 0.5, COLOURS.rule) + parts.join('');
    },
  };
}

/** Words set in rows, larger the more often they were said. */
export function wordCloud(words: { word: string; count: number }[], width: number, tones: readonly string[]): Block {
  const max = Math.max(1, ...words.map((w) => w.count));
  const placed: { x: number; row: number; size: number; word: string; tone: string }[] = [];
  let x = 0;
  let row = 0;
  words.forEach((w, i) => {
    const size = 11 + (w.count / max) * 11;
    const word = fit(w.word, width, size, 'bold');
    const wordWidth = measure(word, size, 'bold');
    if (x > 0 && x + wordWidth > width) {
      x = 0;
      row += 1;
    }
    placed.push({ x, row, size, word, tone: tones[i % tones.length] ?? COLOURS.accent });
    x += wordWidth + 14;
  });
  const rowHeight = 30;
  return {
    height: (row + 1) * rowHeight,
    draw: (left, y) =>
      placed
        .map((p) =>
          text(left + p.x, y + p.row * rowHeight + 22, p.word, { size: p.size, weight: 'bold', fill: p.tone }),
        )
        .join(''),
  };
}

export interface TrendPoint {
  label: string;
  /** 1–5, or undefined when too few rated to show an average. */
  value?: number;
  /** The value as written in the report's language. */
  valueText?: string;
}

/**
 * The driver ratings as a line over the sessions, on the 1–5 scale; sessions without an average are open circles on
 * the axis.
 */
export function trendLine(points: TrendPoint[], width: number): Block {
  const chart = 72;
  const axis = 18;
  const slots = Math.max(points.length, 4);
  return {
    height: chart + 34,
    draw(x, y) {
      const left = x + axis;
      const step = (width - axis - 26) / Math.max(1, slots - 1);
      const px = (i: number) => left + 10 + i * step;
      const py = (v: number) => y + 16 + chart - ((v - 1) / 4) * chart;
      const grid = [1, 2, 3, 4, 5].map(
        (v) =>
          line(left, py(v), x + width, py(v), COLOURS.rule, 1, v === 1 ? {} : { 'stroke-dasharray': '2 3' }) +
          text(x, py(v) + 3.5, String(v), { size: TYPE.small, fill: COLOURS.faint }),
      );
      const shown = points.flatMap((p, i) => (p.value === undefined ? [] : [{ x: px(i), y: py(p.value), p }]));
      const path =
        shown.length > 1
          ? el('polyline', {
              points: shown.map((s) => `${s.x},${s.y}`).join(' '),
              fill: 'none',
              stroke: COLOURS.accent,
              'stroke-width': 2.2,
              'stroke-linejoin': 'round',
            })
          : '';
      const dots = points.map((p, i) =>
        p.value === undefined
          ? circle(px(i), py(1), 3.2, COLOURS.paper, { stroke: COLOURS.faint, 'stroke-width': 1.2 })
          : circle(px(i), py(p.value), 4.2, COLOURS.accent, { stroke: COLOURS.paper, 'stroke-width': 1.5 }) +
            text(px(i), py(p.value) - 8, p.valueText ?? p.value.toFixed(1), {
              size: TYPE.small,
              weight: 'bold',
              fill: COLOURS.accent,
              anchor: 'middle',
            }),
      );
      const labels = points.map((p, i) =>
        text(px(i), y + chart + 33, p.label, { size: TYPE.small, fill: COLOURS.muted, anchor: 'middle' }),
      );
      return [...grid, path, ...dots, ...labels].join('');
    },
  };
}
