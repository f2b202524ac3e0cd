import type { Translate } from '../../i18n/t';
import type { CardElement } from './card-kit';
import { text } from './card-kit';

/** Planned sessions and top topics on the card at most; the tab shows them all. */
export const SESSIONS_ON_CARD = 4;
export const TOP_TOPICS = 5;

/** The look ahead of the start session: what comes next, from what the group gave earlier in the session. */
export interface PreviewView {
  sessions: { number: number; date: string; start: string; end: string; topics: string[] }[];
  /** The published topic list, most important first. */
  topics: string[];
}

export const previewSection = (view: PreviewView, t: Translate): CardElement[] => [
  text(t('preview.planned'), { weight: 'Bolder', size: 'Medium', separator: true }),
  ...(view.sessions.length === 0
    ? [text(t('preview.noSessions'), { subtle: true })]
    : view.sessions.slice(0, SESSIONS_ON_CARD).flatMap((s) => plannedLine(s, t))),
  text(t('preview.topics'), { weight: 'Bolder', size: 'Medium', separator: true }),
  ...(view.topics.length === 0
    ? [text(t('preview.noTopics'), { subtle: true })]
    : view.topics.slice(0, TOP_TOPICS).map((topic, i) => text(t('preview.topic', { rank: i + 1, text: topic })))),
];

function plannedLine(s: PreviewView['sessions'][number], t: Translate): CardElement[] {
  const when = t('schedule.card.when', { date: s.date, start: s.start, end: s.end });
  return [
    text(`${t('schedule.card.session', { number: s.number })} · ${when}`),
    ...(s.topics.length > 0 ? [text(s.topics.join(', '), { subtle: true, size: 'Small' })] : []),
  ];
}
