import type { CheckInOverview } from '../../../../domain/activities/check-in/check-in-overview';
import { COLOURS, MOODS } from '../../../../domain/activities/check-in/check-in';
import type { Translate } from '../../i18n';
import type { CheckInEntryData } from './use-check-ins';

/** The group's feelings for the form it filled in: each weather (sunniest first), colour or word with its count. */
export function feelingCounts({ variant, summary }: CheckInOverview, t: Translate): { label: string; count: number }[] {
  if (variant === 'word') return summary.words.map((w) => ({ label: w.word, count: w.count }));
  const counts: [string, number][] =
    variant === 'colour'
      ? COLOURS.map((c) => [t(`colours.${c}`), summary.colours[c]])
      : [...MOODS].reverse().map((m) => [t(`moods.${m}`), summary.moods[m]]);
  return counts.filter(([, count]) => count > 0).map(([label, count]) => ({ label, count }));
}

/** What one member picked: their word, colour or weather. */
export const feelingLabel = (c: CheckInEntryData, t: Translate): string =>
  c.word ?? (c.colour ? t(`colours.${c.colour}`) : c.mood ? t(`moods.${c.mood}`) : '');
