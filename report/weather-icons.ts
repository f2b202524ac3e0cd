import type { Mood } from '../domain/activities/check-in/check-in';
import { circle, el } from './svg';

/** The check-in's weather scale as small drawn icons (emoji are not in the font, and print badly). */
export function weatherIcon(mood: Mood, cx: number, cy: number, size = 22): string {
  const s = size / 22;
  const at = (dx: number, dy: number) => [cx + dx * s, cy + dy * s] as const;
  switch (mood) {
    case 'sunny':
      return sun(cx, cy, 6.5 * s, 10 * s);
    case 'partly-sunny':
      return sun(...at(-4, -3), 4.5 * s, 7 * s) + cloud(...at(2, 3), s, '#CBD5E1');
    case 'cloudy':
      return cloud(cx, cy, s, '#94A3B8');
    case 'rainy':
      return cloud(...at(0, -3), s, '#94A3B8') + rain(...at(0, 6), s);
    case 'stormy':
      return cloud(...at(0, -3), s, '#475569') + bolt(...at(0, 5), s);
  }
}

function sun(cx: number, cy: number, r: number, ray: number): string {
  const rays = Array.from({ length: 8 }, (_, i) => {
    const a = (i * Math.PI) / 4;
    return el('line', {
      x1: cx + Math.cos(a) * (r + 1.5),
      y1: cy + Math.sin(a) * (r + 1.5),
      x2: cx + Math.cos(a) * ray,
      y2: cy + Math.sin(a) * ray,
      stroke: '#F59E0B',
      'stroke-width': 1.6,
      'stroke-linecap': 'round',
    });
  }).join('');
  return rays + circle(cx, cy, r, '#FBBF24', { stroke: '#F59E0B', 'stroke-width': 1 });
}

function cloud(cx: number, cy: number, s: number, fill: string): string {
  const arc = (r: number, dx: number, dy: number) => `a${r * s},${r * s} 0 0 1 ${dx * s},${dy * s}`;
  const arcs = [arc(4, 1, -7.6), arc(5.5, 10, -1.6), arc(4, 5.6, 5.6), arc(3.6, -1.6, 3.6)];
  const d = `M${cx - 9 * s},${cy + 4 * s} ${arcs.join(' ')} z`;
  return el('path', { d, fill, stroke: '#FFFFFF', 'stroke-width': 1 });
}

function rain(cx: number, cy: number, s: number): string {
  return [-5, 0, 5]
    .map((dx) =>
      el('line', {
        x1: cx + dx * s,
        y1: cy - 1 * s,
        x2: cx + (dx - 1.5) * s,
        y2: cy + 4 * s,
        stroke: '#3B82F6',
        'stroke-width': 1.6,
        'stroke-linecap': 'round',
      }),
    )
    .join('');
}

function bolt(cx: number, cy: number, s: number): string {
  const p = [
    [1, -4],
    [-3, 1.5],
    [0, 1.5],
    [-1.5, 6],
    [3.5, -0.5],
    [0.5, -0.5],
    [2, -4],
  ]
    .map(([x, y]) => `${cx + (x ?? 0) * s},${cy + (y ?? 0) * s}`)
    .join(' ');
  return el('polygon', {
    points: p,
    fill: '#FACC15',
    stroke: '#CA8A04',
    'stroke-width': 0.6,
    'stroke-linejoin': 'round',
  });
}
