import { drawable, measure, type Weight } from './fonts';

/** XML escaping for text and attribute values: whatever members typed stays text. */
export const esc = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

type Attrs = Record<string, string | number | undefined>;

const attrs = (a: Attrs): string =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(typeof v === 'number' ? String(round(v)) : (v as string))}"`)
    .join('');

const round = (n: number): number => Math.round(n * 100) / 100;

export const el = (name: string, a: Attrs, children = ''): string =>
  children ? `<${name}${attrs(a)}>${children}</${name}>` : `<${name}${attrs(a)}/>`;

export interface TextStyle {
  size: number;
  weight?: Weight;
  fill: string;
  anchor?: 'start' | 'middle' | 'end';
}

/** One line of text with its baseline at y; the text must already fit (see `fit` and `wrap`). */
export function text(x: number, y: number, content: string, style: TextStyle): string {
  return el(
    'text',
    {
      x,
      y,
      'font-size': style.size,
      'font-weight': style.weight === 'bold' ? 700 : 400,
      fill: style.fill,
      'text-anchor': style.anchor && style.anchor !== 'start' ? style.anchor : undefined,
    },
    esc(content),
  );
}

export const rect = (x: number, y: number, w: number, h: number, fill: string, extra: Attrs = {}): string =>
  el('rect', { x, y, width: Math.max(0, w), height: Math.max(0, h), fill, ...extra });

export const line = (
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stroke: string,
  width = 1,
  extra: Attrs = {},
): string => el('line', { x1, y1, x2, y2, stroke, 'stroke-width': width, ...extra });

export const circle = (cx: number, cy: number, r: number, fill: string, extra: Attrs = {}): string =>
  el('circle', { cx, cy, r, fill, ...extra });

const ELLIPSIS = '…';

/** The text cut to fit `width`, ending in an ellipsis when it was cut. */
export function fit(content: string, width: number, size: number, weight: Weight = 'regular'): string {
  const clean = drawable(content);
  return measure(clean, size, weight) <= width ? clean : cut(clean, width, size, weight);
}

/** The longest start of `clean` that fits in `width` with an ellipsis after it. */
function cut(clean: string, width: number, size: number, weight: Weight): string {
  const chars = [...clean];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS, size, weight) <= width) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/**
 * The text in lines of at most `width`, at most `maxLines` of them; the last one ends in an ellipsis if more was left.
 */
export function wrap(
  content: string,
  width: number,
  size: number,
  maxLines: number,
  weight: Weight = 'regular',
): string[] {
  const words = drawable(content).split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate, size, weight) <= width) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = measure(word, size, weight) <= width ? word : '';
    if (!current) {
      // A word longer than the line (a URL, a very long name): break it where it has to.
      const parts = breakWord(word, width, size, weight);
      lines.push(...parts.slice(0, -1));
      current = parts.at(-1) ?? '';
    }
    if (lines.length >= maxLines)
      return finish(lines.slice(0, maxLines), [current, ...words.slice(i + 1)].join(' '), width, size, weight);
  }
  if (current) lines.push(current);
  return lines;
}

/** The lines, the last one marked with an ellipsis because `rest` did not fit. */
function finish(lines: string[], rest: string, width: number, size: number, weight: Weight): string[] {
  if (rest.trim() === '') return lines;
  const last = lines.length - 1;
  lines[last] = cut(lines[last] ?? '', width, size, weight);
  return lines;
}

function breakWord(word: string, width: number, size: number, weight: Weight): string[] {
  const parts: string[] = [];
  let part = '';
  for (const char of word) {
    if (part && measure(part + char, size, weight) > width) {
      parts.push(part);
      part = '';
    }
    part += char;
  }
  return [...parts, part];
}
