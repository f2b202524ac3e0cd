import type { CheckInOverview } from '../../domain/activities/check-in/check-in-overview';
import { COLOURS, MOODS } from '../../domain/activities/check-in/check-in';
import type { Translate } from '../../i18n/t';
import type { CardElement } from './card-kit';
import { container, text } from './card-kit';

/** Names on one card at most, and characters of written answers per question: 30 members stay under 28 KB. */
const NAMES_ON_CARD = 30;
const CHARS_PER_QUESTION = 5000;

type Entry = CheckInOverview['checkIns'][number];

/** The facilitator's view of the check-in: the mood of the group and what each member wrote, with names. */
export function checkInOverviewSection(overview: CheckInOverview, t: Translate): CardElement[] {
  if (overview.checkIns.length === 0) return [];
  return [
    container(
      [
        text(t('checkIn.overview.title'), { weight: 'Bolder', size: 'Medium' }),
        text(t('checkIn.overview.mood'), { weight: 'Bolder' }),
        ...moodLines(overview, t),
        ...written(overview.checkIns, 'sinceLastTime', t('checkIn.overview.sinceLastTime'), t),
        ...written(overview.checkIns, 'obstacles', t('checkIn.overview.obstacles'), t),
      ],
      { style: 'emphasis', separator: true, spacing: 'Medium' },
    ),
  ];
}

/** Counts per weather or colour (with the weather's average), or the words with how often each was given. */
export function moodSummaryLine(overview: CheckInOverview, t: Translate): string {
  const { summary } = overview;
  if (overview.variant === 'word')
    return summary.words.map((w) => (w.count > 1 ? `${w.word} ×${w.count}` : w.word)).join(' · ');
  const counted =
    overview.variant === 'colour'
      ? COLOURS.filter((c) => summary.colours[c] > 0).map((c) => `${t(`colours.${c}`)} ${summary.colours[c]}`)
      : [...MOODS]
          .reverse()
          .filter((m) => summary.moods[m] > 0)
          .map((m) => `${t(`moods.${m}`)} ${summary.moods[m]}`);
  return counted.join(' · ');
}

function moodLines(overview: CheckInOverview, t: Translate): CardElement[] {
  const lines: CardElement[] = [text(moodSummaryLine(overview, t))];
  if (overview.variant === 'weather' && overview.averageMood)
    lines.push(text(t('checkIn.overview.average', { mood: t(`moods.${overview.averageMood}`) }), { subtle: true }));
  const named = overview.checkIns.slice(0, NAMES_ON_CARD);
  lines.push(
    ...named.map((c) =>
      text(t('checkIn.overview.entry', { name: c.userName, text: feelingOf(c, t) }), { size: 'Small' }),
    ),
  );
  if (overview.checkIns.length > named.length) lines.push(more(overview.checkIns.length - named.length, t));
  return lines;
}

export const feelingOf = (c: Entry, t: Translate): string =>
  c.word ?? (c.colour ? t(`colours.${c.colour}`) : c.mood ? t(`moods.${c.mood}`) : '');

/** One question's answers with names, as many as the card has room for. */
function written(entries: readonly Entry[], question: 'sinceLastTime' | 'obstacles', title: string, t: Translate) {
  const given = entries.filter((c) => c[question] !== '');
  const lines: CardElement[] = [text(title, { weight: 'Bolder', separator: true })];
  if (given.length === 0) return [...lines, text(t('checkIn.overview.nothing'), { subtle: true })];
  let used = 0;
  let shown = 0;
  for (const c of given) {
    used += c[question].length;
    if (shown > 0 && used > CHARS_PER_QUESTION) break;
    lines.push(text(t('checkIn.overview.entry', { name: c.userName, text: c[question] })));
    shown += 1;
  }
  if (shown < given.length) lines.push(more(given.length - shown, t));
  return lines;
}

const more = (count: number, t: Translate): CardElement =>
  text(t('checkIn.overview.more', { count }), { subtle: true, italic: true });
