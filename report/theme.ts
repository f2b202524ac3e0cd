import type { Colour, Mood } from '../domain/activities/check-in/check-in';

/** A4 at 96 dpi: the drawing's own units. The PDF page is A4; the PNG is drawn at `PNG_WIDTH`. */
export const PAGE = { width: 794, height: 1123, margin: 36, gap: 16, columnGap: 24 } as const;
export const PNG_WIDTH = 1588;

/** Colours chosen to read on screen and print well: dark ink, one strong accent, light tints for fills. */
export const COLOURS = {
  ink: '#1E293B',
  body: '#334155',
  muted: '#64748B',
  faint: '#94A3B8',
  rule: '#E2E8F0',
  tile: '#F1F5F9',
  paper: '#FFFFFF',
  accent: '#0F766E',
  accentSoft: '#99D5CD',
  accentTint: '#E6F4F1',
  warm: '#B45309',
  warmTint: '#FEF3C7',
} as const;

/** Post-it groups cycle through these: a tint to fill, a strong tone for the label. */
export const GROUP_TONES = [
  { fill: '#FEF3C7', tone: '#B45309' },
  { fill: '#DBEAFE', tone: '#1D4ED8' },
  { fill: '#DCFCE7', tone: '#15803D' },
  { fill: '#FCE7F3', tone: '#BE185D' },
  { fill: '#EDE9FE', tone: '#6D28D9' },
  { fill: '#FFEDD5', tone: '#C2410C' },
] as const;

export const toneOf = (index: number) => GROUP_TONES[index % GROUP_TONES.length] ?? GROUP_TONES[0];

export const MOOD_COLOURS: Record<Mood, string> = {
  stormy: '#475569',
  rainy: '#3B82F6',
  cloudy: '#94A3B8',
  'partly-sunny': '#FBBF24',
  sunny: '#F59E0B',
};

/** The check-in's colours as drawn (the colour variant). */
export const CHECK_IN_COLOURS: Record<Colour, string> = {
  red: '#DC2626',
  orange: '#F97316',
  yellow: '#FACC15',
  green: '#16A34A',
  blue: '#2563EB',
  purple: '#7C3AED',
  brown: '#92400E',
  black: '#1F2937',
  white: '#FFFFFF',
};

export const TYPE = {
  eyebrow: 10,
  title: 26,
  subtitle: 13,
  kpi: 24,
  section: 13.5,
  body: 11,
  small: 9.5,
} as const;
