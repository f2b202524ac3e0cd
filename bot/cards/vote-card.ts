import type { Idea, RankedIdea, VoteRules } from '../../domain/activities/dot-vote/dot-vote';
import type { Translate } from '../../i18n/t';
import type { AdaptiveCard, CardElement, CardRef, PhasePosition } from './card-kit';
import { facilitatorControls } from './facilitator-controls';
import {
  adaptiveCard,
  column,
  columns,
  execute,
  heading,
  input,
  notice,
  positionLine,
  refreshFor,
  text,
} from './card-kit';

export const VOTE_VERBS = { cast: 'vote.cast', reveal: 'vote.reveal', refresh: 'vote.refresh' } as const;

/** Ideas and results on one card at most (Teams' size limit); the tab shows them all. */
export const IDEAS_ON_CARD = 40;
const RESULTS_ON_CARD = 20;

export interface VoteCardView {
  ref: CardRef;
  sessionNumber: number;
  position?: PhasePosition;
  rules: VoteRules;
  ideas: Idea[];
  voters: number;
  /** False once the results are revealed or the session ended. */
  open: boolean;
  results?: RankedIdea[];
  /** The member's dots per idea id. */
  mine?: Record<string, number>;
  refreshUserIds?: string[];
  notice?: { kind: 'saved' } | { kind: 'error'; message: string };
  /** A facilitator's own view: "Reveal the results" and the session's controls. */
  forFacilitator?: boolean;
}

/** The dot-vote: dots per idea while open, the ranked results once revealed. */
export function voteCard(view: VoteCardView, t: Translate): AdaptiveCard {
  const body: CardElement[] = [
    heading(t('vote.title', { number: view.sessionNumber })),
    ...(view.position ? [positionLine(view.position, t)] : []),
  ];
  if (view.notice)
    body.push(
      view.notice.kind === 'error' ? notice(view.notice.message, 'Attention') : notice(t('vote.saved'), 'Good'),
    );
  if (view.results) body.push(...results(view.results, t));
  else if (view.ideas.length === 0) body.push(text(t('vote.noIdeasYet'), { subtle: true }));
  else body.push(...ballot(view, t));
  body.push(
    text(view.voters === 0 ? t('vote.votersNone') : t('vote.voters', { count: view.voters }), {
      subtle: true,
      separator: true,
    }),
  );
  if (!view.results) body.push(text(t('vote.hidden'), { subtle: true }));
  const voting = view.open && !view.results;
  const reveal = voting ? [execute(t('vote.reveal'), VOTE_VERBS.reveal, view.ref)] : [];
  body.push(...facilitatorControls(view, t, reveal));
  const actions =
    voting && view.ideas.length
      ? [execute(t(view.mine ? 'vote.update' : 'vote.submit'), VOTE_VERBS.cast, view.ref, 'positive')]
      : [];
  // After the reveal only the facilitators' own views still differ from the shared card (their controls).
  const live = voting || view.position?.current === true;
  return adaptiveCard(body, actions, refreshFor(VOTE_VERBS.refresh, view.ref, view.refreshUserIds, live));
}

function ballot(view: VoteCardView, t: Translate): CardElement[] {
  const spent = Object.values(view.mine ?? {}).reduce((a, b) => a + b, 0);
  const lines: CardElement[] = [
    text(t('vote.rules', { dots: view.rules.dots, cap: view.rules.capPerItem }), { subtle: true }),
  ];
  if (view.mine) lines.push(text(t('vote.spent', { spent, dots: view.rules.dots }), { weight: 'Bolder' }));
  const choices = Array.from({ length: view.rules.capPerItem + 1 }, (_, n) => ({ title: String(n), value: String(n) }));
  if (view.ideas.some((i) => i.cluster)) lines.push(text(t('vote.clustered'), { subtle: true, size: 'Small' }));
  let cluster: string | undefined;
  for (const idea of view.ideas.slice(0, IDEAS_ON_CARD)) {
    if (idea.cluster !== cluster) {
      cluster = idea.cluster;
      lines.push(text(cluster ?? t('vote.unclustered'), { weight: 'Bolder', separator: true }));
    }
    const dots = input.choiceSet(`dots_${idea.id}`, {
      style: 'compact',
      choices,
      value: String(view.mine?.[idea.id] ?? 0),
    });
    lines.push(
      columns([column('stretch', [text(idea.text)], { verticalContentAlignment: 'Center' }), column('80px', [dots])], {
        separator: true,
      }),
    );
  }
  if (view.ideas.length > IDEAS_ON_CARD)
    lines.push(text(t('vote.moreIdeas', { count: view.ideas.length - IDEAS_ON_CARD }), { subtle: true }));
  return lines;
}

function results(ranked: RankedIdea[], t: Translate): CardElement[] {
  return [
    text(t('vote.resultsTitle'), { weight: 'Bolder', size: 'Medium' }),
    ...ranked.slice(0, RESULTS_ON_CARD).map((r) => {
      const line = t('vote.result', { rank: r.rank, text: r.text, count: r.votes });
      return text(r.tied ? `${line} ${t('vote.tie')}` : line, r.rank === 1 ? { weight: 'Bolder' } : {});
    }),
  ];
}
