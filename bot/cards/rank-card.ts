import type { Idea } from '../../domain/activities/dot-vote/dot-vote';
import type { PrioritisedTopic } from '../../domain/activities/rank/rank';
import type { Translate } from '../../i18n/t';
import type { AdaptiveCard, CardElement, CardRef, Choice, ExecuteAction, PhasePosition } from './card-kit';
import { adaptiveCard, countLine, execute, outcomeNotice, phaseHeading, refreshFor, text } from './card-kit';
import { column, columns, input } from './card-layout';
import { facilitatorControls } from './facilitator-controls';

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
  /** Topics nobody gave a place: listed apart, not as "tied at 0 points". */
  notRanked?: string[];
  /** The member's place per idea id, as saved. */
  mine?: Record<string, number>;
  /** The places the member sent and that were not taken, shown in the inputs instead of the saved ones. */
  typed?: Record<string, number>;
  refreshUserIds?: string[];
  notice?: { kind: 'saved' } | { kind: 'published' } | { kind: 'error'; message: string };
  /** A facilitator's own view: "Publish the topic list" and the session's controls. */
  forFacilitator?: boolean;
}

/** Room for the rows of the form: what is left of Teams' 28 KB after the rest of the card, with a margin. */
const CARD_BUDGET = 27 * 1024;
const MORE_LINE = 400;

/**
 * The ranking: a place per topic while the session runs, and the published topic list. The form
 * shows the first `IDEAS_ON_CARD` ideas, fewer when long texts would take the card past the limit.
 */
export function rankCard(view: RankCardView, t: Translate): AdaptiveCard {
  const head = phaseHeading(t('rank.title', { number: view.sessionNumber }), view.position, t);
  if (view.notice)
    head.push(outcomeNotice(view.notice, (n) => t(n.kind === 'saved' ? 'rank.saved' : 'rank.published')));
  if (view.published) head.push(...topicList(view.published, t), ...notRanked(view.notRanked ?? [], t));
  if (view.ideas.length === 0) head.push(text(t('rank.noIdeasYet'), { subtle: true }));
  else if (view.open) head.push(...formHead(view, t));
  const tail = [countLine(t, view.rankers, { some: 'rank.rankers', none: 'rank.rankersNone' })];
  if (!view.published) tail.push(text(t('rank.hidden'), { subtle: true }));
  if (!view.open) tail.push(text(t('rank.closed'), { subtle: true }));
  tail.push(...facilitatorControls(view, t, publish(view, t)));
  const buttons = actions(view, t);
  const refresh = refreshFor(RANK_VERBS.refresh, view.ref, view.refreshUserIds, view.open);
  const rows = view.open
    ? fittingRows(view, t, bytes(adaptiveCard([...head, ...tail], buttons, refresh)) + MORE_LINE)
    : [];
  const more =
    rows.length < view.ideas.length && view.open
      ? [text(t('rank.moreIdeas', { shown: rows.length, count: view.ideas.length }), { subtle: true })]
      : [];
  return adaptiveCard([...head, ...rows, ...more, ...tail], buttons, refresh);
}

const bytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

function actions(view: RankCardView, t: Translate): ExecuteAction[] {
  if (!view.open || view.ideas.length === 0) return [];
  return [execute(t(view.mine ? 'rank.update' : 'rank.submit'), RANK_VERBS.submit, view.ref, 'positive')];
}

const publish = (view: RankCardView, t: Translate): ExecuteAction[] =>
  view.open && view.ideas.length
    ? [execute(t(view.published ? 'rank.republish' : 'rank.publish'), RANK_VERBS.publish, view.ref)]
    : [];

function formHead(view: RankCardView, t: Translate): CardElement[] {
  const lines = [text(t('rank.rules', { places: view.places }), { subtle: true })];
  if (view.mine) lines.push(text(t('rank.mine', { count: Object.keys(view.mine).length }), { weight: 'Bolder' }));
  return lines;
}

/** A row per idea, at most `IDEAS_ON_CARD`, while they fit next to `used` bytes. */
function fittingRows(view: RankCardView, t: Translate, used: number): CardElement[] {
  const choices: Choice[] = [
    { title: t('rank.unranked'), value: '0' },
    ...Array.from({ length: view.places }, (_, i) => ({ title: String(i + 1), value: String(i + 1) })),
  ];
  const rows: CardElement[] = [];
  let size = used;
  for (const idea of view.ideas.slice(0, IDEAS_ON_CARD)) {
    const r = row(idea, choices, (view.typed ?? view.mine)?.[idea.id]);
    size += bytes(r) + 1;
    if (size > CARD_BUDGET) break;
    rows.push(r);
  }
  return rows;
}

function row(idea: Idea, choices: Choice[], place: number | undefined): CardElement {
  return columns(
    [
      column('stretch', [text(idea.text)], { verticalContentAlignment: 'Center' }),
      column('90px', [input.choiceSet(`rank_${idea.id}`, { style: 'compact', choices, value: String(place ?? 0) })]),
    ],
    { separator: true },
  );
}

function topicList(topics: PrioritisedTopic[], t: Translate): CardElement[] {
  const shown = topics.slice(0, TOPICS_ON_CARD).map((topic) => {
    const line = t('rank.topic', { rank: topic.rank, text: topic.text, count: topic.points });
    return text(topic.tied ? `${line} ${t('rank.tie')}` : line, topic.rank === 1 ? { weight: 'Bolder' } : {});
  });
  const more =
    topics.length > TOPICS_ON_CARD
      ? [text(t('rank.moreTopics', { count: topics.length - TOPICS_ON_CARD }), { subtle: true })]
      : [];
  return [
    text(t('rank.publishedTitle'), { weight: 'Bolder', size: 'Medium' }),
    ...shown,
    ...more,
    text(t('rank.publishedNote'), { subtle: true }),
  ];
}

function notRanked(texts: readonly string[], t: Translate): CardElement[] {
  if (texts.length === 0) return [];
  const shown = texts.slice(0, TOPICS_ON_CARD).join(', ');
  const rest =
    texts.length > TOPICS_ON_CARD ? ` ${t('rank.moreTopics', { count: texts.length - TOPICS_ON_CARD })}` : '';
  return [text(`${t('rank.notRanked', { topics: shown })}${rest}`, { subtle: true })];
}
