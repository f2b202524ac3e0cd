import type { Idea } from '../../domain/activities/dot-vote';
import type { PrioritisedTopic } from '../../domain/activities/rank';
import type { Translate } from '../../i18n/t';
import { adaptiveCard, execute, heading, notice, positionLine, refreshFor, text, type AdaptiveCard, type CardElement, type CardRef, type PhasePosition } from './card-kit';

export const RANK_VERBS = { submit: 'rank.submit', publish: 'rank.publish', refresh: 'rank.refresh' } as const;

/** Ideas to rank and topics listed on one card at most (Teams' 28 KB limit); the tab shows them all. */
export const IDEAS_ON_CARD = 25;
export const TOPICS_ON_CARD = 10;

export interface RankCardView {
  ref: CardRef;
  sessionNumber: number;
  position?: PhasePosition;
  ideas: Idea[];
  /** How many places a member can give (1..places). */
  places: number;
  rankers: number;
  /** False once the session ended. */
  open: boolean;
  /** The prioritised topic list, once a facilitator published it. */
  published?: PrioritisedTopic[];
  /** The member's place per idea id. */
  mine?: Record<string, number>;
  refreshUserIds?: string[];
  notice?: { kind: 'saved' } | { kind: 'published' } | { kind: 'error'; message: string };
}

/** The ranking: a place per topic while the session runs, and the published topic list. */
export function rankCard(view: RankCardView, t: Translate): AdaptiveCard {
  const body: CardElement[] = [heading(t('rank.title', { number: view.sessionNumber })), ...(view.position ? [positionLine(view.position, t)] : [])];
  if (view.notice) body.push(noticeOf(view.notice, t));
  if (view.published) body.push(...topicList(view.published, t));
  if (view.ideas.length === 0) body.push(text(t('rank.noIdeasYet'), { subtle: true }));
  else if (view.open) body.push(...form(view, t));
  body.push(text(view.rankers === 0 ? t('rank.rankersNone') : t('rank.rankers', { count: view.rankers }), { subtle: true, separator: true }));
  if (!view.published) body.push(text(t('rank.hidden'), { subtle: true }));
  if (!view.open) body.push(text(t('rank.closed'), { subtle: true }));
  return adaptiveCard(body, actions(view, t), refreshFor(RANK_VERBS.refresh, view.ref, view.refreshUserIds, view.open));
}

function noticeOf(n: NonNullable<RankCardView['notice']>, t: Translate): CardElement {
  if (n.kind === 'error') return notice(n.message, 'Attention');
  return notice(t(n.kind === 'saved' ? 'rank.saved' : 'rank.published'), 'Good');
}

function actions(view: RankCardView, t: Translate): CardElement[] {
  if (!view.open || view.ideas.length === 0) return [];
  return [
    execute(t(view.mine ? 'rank.update' : 'rank.submit'), RANK_VERBS.submit, view.ref, 'positive'),
    execute(t(view.published ? 'rank.republish' : 'rank.publish'), RANK_VERBS.publish, view.ref),
  ];
}

function form(view: RankCardView, t: Translate): CardElement[] {
  const lines: CardElement[] = [text(t('rank.rules', { places: view.places }), { subtle: true })];
  const ranked = Object.keys(view.mine ?? {}).length;
  if (view.mine) lines.push(text(t('rank.mine', { count: ranked }), { weight: 'Bolder' }));
  const choices = [{ title: t('rank.unranked'), value: '0' }, ...Array.from({ length: view.places }, (_, i) => ({ title: String(i + 1), value: String(i + 1) }))];
  for (const idea of view.ideas.slice(0, IDEAS_ON_CARD)) lines.push(row(idea, choices, view.mine?.[idea.id]));
  if (view.ideas.length > IDEAS_ON_CARD) lines.push(text(t('rank.moreIdeas', { shown: IDEAS_ON_CARD, count: view.ideas.length }), { subtle: true }));
  return lines;
}

function row(idea: Idea, choices: { title: string; value: string }[], place: number | undefined): CardElement {
  return {
    type: 'ColumnSet',
    separator: true,
    columns: [
      { type: 'Column', width: 'stretch', verticalContentAlignment: 'Center', items: [text(idea.text)] },
      { type: 'Column', width: '90px', items: [{ type: 'Input.ChoiceSet', id: `rank_${idea.id}`, style: 'compact', choices, value: String(place ?? 0) }] },
    ],
  };
}

function topicList(topics: PrioritisedTopic[], t: Translate): CardElement[] {
  const shown = topics.slice(0, TOPICS_ON_CARD).map((topic) => {
    const line = t('rank.topic', { rank: topic.rank, text: topic.text, count: topic.points });
    return text(topic.tied ? `${line} ${t('rank.tie')}` : line, topic.rank === 1 ? { weight: 'Bolder' } : {});
  });
  const more = topics.length > TOPICS_ON_CARD ? [text(t('rank.moreTopics', { count: topics.length - TOPICS_ON_CARD }), { subtle: true })] : [];
  return [text(t('rank.publishedTitle'), { weight: 'Bolder', size: 'Medium' }), ...shown, ...more, text(t('rank.publishedNote'), { subtle: true })];
}
