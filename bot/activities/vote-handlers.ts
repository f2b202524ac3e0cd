import type { VoteState } from '../../domain/activities/dot-vote/dot-vote-use-cases';
import {
  candidatesFor,
  castBallot,
  openVote,
  revealVotes,
  voteState,
  votersOf,
} from '../../domain/activities/dot-vote/dot-vote-use-cases';
import type { Session } from '../../domain/session/session';
import { translator } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import { noticeCard } from '../cards/notice-card';
import { voteCard, type VoteCardView } from '../cards/vote-card';
import type { CardData } from '../check-in-actions';
import type { TurnInfo } from '../turn-info';
import { targetOf } from './card-target';
import { sessionOfCard } from './card-session';
import { positionOf, refreshIdsFor } from './facilitator-view';
import { answerChanged, noticeOf, ownPhaseCard, observerContext, phaseCardUpdate } from './phase-card';
import type { PhaseCardRender } from './phase-card';
import type { CardActionHandler } from '../card-action-handler';

const isVote = (phase: { activity: string }) => phase.activity === 'dot-vote';

/** The card for a vote state; `personal` adds the member's own dots, and what came back of them. */
export function voteView(state: VoteState, personal: boolean): VoteCardView {
  const position = positionOf(state.session.value, state.phaseIndex);
  const clusters = state.ideas.filter((i) => i.cluster).length;
  return {
    ref: { sessionId: state.session.value.id, phaseIndex: state.phaseIndex },
    sessionNumber: state.session.value.number,
    ...(position ? { position } : {}),
    rules: state.rules,
    ideas: state.ideas.map(({ postIts, ...idea }) => (idea.cluster ? { ...idea, size: postIts.length } : idea)),
    voters: state.voters,
    open: state.session.value.state.kind !== 'ended' && !state.revealed,
    ...(state.opened ? {} : { grouping: { clusters, singles: state.ideas.length - clusters } }),
    ...(state.results ? { results: state.results } : {}),
    ...(personal && state.mine
      ? { mine: state.mine.allocations, returned: state.returned ?? [], moved: state.moved ?? [] }
      : {}),
  };
}

/** A member casts or moves their dots; the answer is their own card, no outbound call. */
export const castBallotAction: CardActionHandler = async (services, turn, data) => {
  const t = translator(turn.lang);
  const result = await castBallot(services.deps, { ...targetOf(data, turn), raw: data });
  if (result.ok) return answered(services, turn, result.value, true, { kind: 'saved' });
  const message = t(result.error.code, result.error.params);
  const typed = await handBack(services, data);
  const handedBack = () => noticeCard(message, 'Warning', typed, t);
  return ownVote(services, turn, data, handedBack, (view) => ({
    ...view,
    typed: ballotOf(data, view),
    notice: { kind: 'error', message, handedBack: typed },
  }));
};

/** A facilitator's click on the vote (open it, reveal it): everybody's card follows; `personal` keeps their dots. */
const facilitatorAction =
  (useCase: typeof openVote, personal: boolean): CardActionHandler =>
  async (services, turn, data) => {
    const result = await useCase(services.deps, targetOf(data, turn));
    if (result.ok) return answered(services, turn, result.value, personal);
    // A member with an old card that still had the button: they keep their own card, with the reason.
    const message = translator(turn.lang)(result.error.code, result.error.params);
    return ownVote(services, turn, data, noticeOf, (view) => ({ ...view, notice: { kind: 'error', message } }));
  };

/** A facilitator, done condensing, opens the vote: everybody's card shows the clusters and ideas to vote on. */
export const openVoteAction = facilitatorAction(openVote, true);

/** A facilitator reveals the results: everybody's card shows them and the vote closes. */
export const revealVotesAction = facilitatorAction(revealVotes, false);

export const refreshVoteAction: CardActionHandler = (services, turn, data) => ownVote(services, turn, data, noticeOf);

const ownVote = ownPhaseCard({
  fits: isVote,
  view: async (services, context, turn) => voteView(await voteState(services.deps, context, turn.actor.userId), true),
  card: voteCard,
});

/** The vote changed: everybody's card follows, the clicker gets their own view, with `notice` when given. */
const answered = (
  services: BotServices,
  turn: TurnInfo,
  state: VoteState,
  personal: boolean,
  notice?: VoteCardView['notice'],
) =>
  answerChanged(services, turn, state, scheduleVoteUpdate, (forFacilitator) =>
    voteCard({ ...voteView(state, personal), ...(notice ? { notice } : {}), forFacilitator }, translator(turn.lang)),
  );

/** The shared vote card, as everybody sees it. */
export async function sharedVoteView(
  services: BotServices,
  session: Session,
  phaseIndex: number,
): Promise<VoteCardView> {
  const state = await voteState(services.deps, await observerContext(services, session, phaseIndex), '');
  const voters = state.opened ? await votersOf(services.deps, session.id, phaseIndex) : [];
  // While the vote is closed for condensing, the facilitators still get their own view: the one that can open it.
  return { ...voteView(state, false), refreshUserIds: await refreshIdsFor(services.deps, session, voters) };
}

/** The shared vote card, for the channel. */
export const sharedVoteCard: PhaseCardRender = async (services, session, phaseIndex, lang) =>
  voteCard(await sharedVoteView(services, session, phaseIndex), translator(lang));

export const scheduleVoteUpdate = phaseCardUpdate(sharedVoteCard);

/** The dots as the member placed them, to show back on the card. */
function ballotOf(data: CardData, view: VoteCardView): Record<string, number> {
  return Object.fromEntries(view.ideas.map((i) => [i.id, Number(data[`dots_${i.id}`] ?? 0) || 0]));
}

/** The member's dots as lines "idea: n", for when the card itself cannot be shown again. */
async function handBack(services: BotServices, data: CardData): Promise<string> {
  const session = await sessionOfCard(services, data);
  if (!session) return '';
  const ideas = await candidatesFor(services.deps, session.value, Number(data.phaseIndex ?? 0));
  return ideas
    .filter((i) => Number(data[`dots_${i.id}`] ?? 0) > 0)
    .map((i) => `${i.text}: ${String(data[`dots_${i.id}`])}`)
    .join('\n');
}
