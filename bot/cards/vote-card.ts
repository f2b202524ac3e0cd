import type { Idea, RankedIdea, VoteRules } from '../../domain/activities/dot-vote/dot-vote';
import type { MovedDots, ReturnedDots } from '../../domain/activities/dot-vote/returned-dots';
import type { Translate } from '../../i18n/t';
import type { AdaptiveCard, CardElement, CardRef, PhasePosition } from './card-kit';
import { facilitatorControls } from './facilitator-controls';
import { handedBackBlock } from './notice-card';
import { returnedDotsNotice } from './returned-dots-notice';
import { adaptiveCard, countLine, execute, outcomeNotice, phaseHeading, refreshFor, text } from './card-kit';
import { column, columns, input } from './card-layout';

export const VOTE_VERBS = {
  cast: 'vote.cast',
  open: 'vote.open',
  reveal: 'vote.reveal',
  refresh: 'vote.refresh',
} as const;

/** Ideas and results on one card at most (Teams' size limit); the tab shows them all. */
export const IDEAS_ON_CARD = 40;
const RESULTS_ON_CARD = 20;

export interface VoteCardView {
  ref: CardRef;
  sessionNumber: number;
  position?: PhasePosition;
  rules: VoteRules;
  /** The clusters (`cluster` set) and the ideas left on their own; `size` is how many post-its a cluster holds. */
  ideas: (Idea & { size?: number })[];
  voters: number;
  /** False once the results are revealed or the session ended. */
  open: boolean;
  /** While the facilitator condenses the vote is not open yet: how far the grouping is. */
  grouping?: { clusters: number; singles: number };
  results?: RankedIdea[];
  /** The member's dots per idea id, as saved. */
  mine?: Record<string, number>;
  /** The dots the member sent and that were not taken, shown in the inputs instead of the saved ones. */
  typed?: Record<string, number>;
  /** Dots that came back to the member, or moved, since a facilitator merged or left out ideas. */
  returned?: ReturnedDots[];
  moved?: MovedDots[];
  refreshUserIds?: string[];
  notice?: { kind: 'saved' } | { kind: 'error'; message: string; handedBack?: string };
  /** A facilitator's own view: "Open the vote", "Reveal the results" and the session's controls. */
  forFacilitator?: boolean;
}

/** The dot-vote: dots per idea while open, the ranked results once revealed. */
export function voteCard(view: VoteCardView, t: Translate): AdaptiveCard {
  const body = phaseHeading(t('vote.title', { number: view.sessionNumber }), view.position, t);
  if (view.notice) body.push(outcomeNotice(view.notice, () => t('vote.saved')));
  if (view.results) body.push(...results(view.results, t), ...handedBack(view, t));
  else if (view.ideas.length === 0) body.push(text(t('vote.noIdeasYet'), { subtle: true }));
  else if (view.grouping) body.push(...grouping(view.grouping, t));
  else body.push(...returnedDotsNotice(view.returned ?? [], view.moved ?? [], t), ...ballot(view, t));
  body.push(countLine(t, view.voters, { some: 'vote.voters', none: 'vote.votersNone' }));
  if (!view.results) body.push(text(t('vote.hidden'), { subtle: true }));
  const voting = view.open && !view.results;
  body.push(...facilitatorControls(view, t, ownControls(view, t)));
  // After the reveal only the facilitators' own views still differ from the shared card (their controls).
  const live = voting || view.position?.current === true;
  return adaptiveCard(body, actionsOf(view, t), refreshFor(VOTE_VERBS.refresh, view.ref, view.refreshUserIds, live));
}

/** The member's button: cast (or move) their dots while the vote is open. */
function actionsOf(view: VoteCardView, t: Translate) {
  if (!view.open || view.results || view.grouping || !view.ideas.length) return [];
  return [execute(t(view.mine ? 'vote.update' : 'vote.submit'), VOTE_VERBS.cast, view.ref, 'positive')];
}

/** The vote's own control in the facilitator's view: open it once condensed, then reveal its results. */
function ownControls(view: VoteCardView, t: Translate) {
  if (!view.open || view.results) return [];
  if (view.grouping) return view.ideas.length ? [execute(t('vote.open'), VOTE_VERBS.open, view.ref, 'positive')] : [];
  return [execute(t('vote.reveal'), VOTE_VERBS.reveal, view.ref)];
}

const grouping = (so: { clusters: number; singles: number }, t: Translate): CardElement[] => [
  text(t('vote.grouping')),
  text(t('vote.groupingSoFar', so), { subtle: true }),
];

/** The dots a member sent after the vote closed, so they can see what they were. */
const handedBack = (view: VoteCardView, t: Translate): CardElement[] =>
  view.notice?.kind === 'error' && view.notice.handedBack ? [handedBackBlock(view.notice.handedBack, t)] : [];

function ballot(view: VoteCardView, t: Translate): CardElement[] {
  const spent = Object.values(view.mine ?? {}).reduce((a, b) => a + b, 0);
  const lines: CardElement[] = [
    text(t('vote.rules', { dots: view.rules.dots, cap: view.rules.capPerItem }), { subtle: true }),
  ];
  if (view.mine) lines.push(text(t('vote.spent', { spent, dots: view.rules.dots }), { weight: 'Bolder' }));
  const shown = view.typed ?? view.mine;
  const choices = Array.from({ length: view.rules.capPerItem + 1 }, (_, n) => ({ title: String(n), value: String(n) }));
  if (view.ideas.some((i) => i.cluster)) lines.push(text(t('vote.clustered'), { subtle: true, size: 'Small' }));
  let singlesShown = false;
  for (const idea of view.ideas.slice(0, IDEAS_ON_CARD)) {
    // Clusters first, then the ideas on their own under one heading.
    if (!idea.cluster && !singlesShown && view.ideas.some((i) => i.cluster)) {
      singlesShown = true;
      lines.push(text(t('vote.unclustered'), { weight: 'Bolder', separator: true }));
    }
    const dots = input.choiceSet(`dots_${idea.id}`, {
      style: 'compact',
      choices,
      value: String(shown?.[idea.id] ?? 0),
    });
    lines.push(
      columns([column('stretch', ideaText(idea, t), { verticalContentAlignment: 'Center' }), column('80px', [dots])], {
        separator: true,
      }),
    );
  }
  if (view.ideas.length > IDEAS_ON_CARD)
    lines.push(text(t('vote.moreIdeas', { count: view.ideas.length - IDEAS_ON_CARD }), { subtle: true }));
  return lines;
}

const ideaText = (idea: VoteCardView['ideas'][number], t: Translate): CardElement[] =>
  idea.cluster
    ? [text(idea.text, { weight: 'Bolder' }), text(t('vote.clusterSize', { count: idea.size ?? 0 }), { subtle: true })]
    : [text(idea.text)];

function results(ranked: RankedIdea[], t: Translate): CardElement[] {
  return [
    text(t('vote.resultsTitle'), { weight: 'Bolder', size: 'Medium' }),
    ...ranked.slice(0, RESULTS_ON_CARD).map((r) => {
      const line = t('vote.result', { rank: r.rank, text: r.text, count: r.votes });
      return text(r.tied ? `${line} ${t('vote.tie')}` : line, r.rank === 1 ? { weight: 'Bolder' } : {});
    }),
  ];
}
