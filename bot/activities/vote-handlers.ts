import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import {
  castBallot,
  ideasFor,
  revealVotes,
  voteState,
  votersOf,
  type VoteState,
} from '../../domain/activities/dot-vote/dot-vote-use-cases';
import { activityContext } from '../../domain/activities/activity-context';
import type { Session } from '../../domain/session/session';
import { translator, type Lang } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import { noticeCard } from '../cards/notice-card';
import { voteCard, type VoteCardView } from '../cards/vote-card';
import type { CardData } from '../check-in-actions';
import { cardResponse } from '../invoke-response';
import { phaseCardKey, scheduleSharedUpdate } from '../shared-cards';
import type { TurnInfo } from '../turn-info';
import { field, targetOf } from './card-target';

const isVote = (phase: { activity: string }) => phase.activity === 'dot-vote';

/** The card for a vote state; `personal` adds the member's own dots. */
export function voteView(state: VoteState, personal: boolean): VoteCardView {
  return {
    ref: { sessionId: state.session.value.id, phaseIndex: state.phaseIndex },
    sessionNumber: state.session.value.number,
    position: { index: state.phaseIndex, total: state.session.value.agenda.length, minutes: state.phase.minutes },
    rules: state.rules,
    ideas: state.ideas,
    voters: state.voters,
    open: state.session.value.state.kind !== 'ended' && !state.revealed,
    ...(state.results ? { results: state.results } : {}),
    ...(personal && state.mine ? { mine: state.mine.allocations } : {}),
  };
}

/** A member casts or moves their dots; the answer is their own card, no outbound call. */
export async function castBallotAction(
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
): Promise<AdaptiveCardInvokeResponse> {
  const t = translator(turn.lang);
  const result = await castBallot(services.deps, { ...targetOf(data, turn), raw: data });
  if (!result.ok) {
    const message = t(result.error.code, result.error.params);
    const typed = await handBack(services, data);
    const context = await activityContext(services.deps, targetOf(data, turn), isVote);
    if (!context.ok) return cardResponse(noticeCard(message, 'Warning', typed, t));
    const view = voteView(await voteState(services.deps, context.value, turn.actor.userId), true);
    return cardResponse(voteCard({ ...view, mine: ballotOf(data, view), notice: { kind: 'error', message } }, t));
  }
  await scheduleVoteUpdate(
    services,
    result.value.session.value,
    result.value.phaseIndex,
    result.value.community.language,
  );
  return cardResponse(voteCard({ ...voteView(result.value, true), notice: { kind: 'saved' } }, t));
}

/** A facilitator reveals the results: everybody's card shows them and the vote closes. */
export async function revealVotesAction(
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
): Promise<AdaptiveCardInvokeResponse> {
  const t = translator(turn.lang);
  const result = await revealVotes(services.deps, targetOf(data, turn));
  if (!result.ok) return cardResponse(noticeCard(t(result.error.code, result.error.params), 'Warning'));
  await scheduleVoteUpdate(
    services,
    result.value.session.value,
    result.value.phaseIndex,
    result.value.community.language,
  );
  return cardResponse(voteCard(voteView(result.value, false), t));
}

export async function refreshVoteAction(
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
): Promise<AdaptiveCardInvokeResponse> {
  const context = await activityContext(services.deps, targetOf(data, turn), isVote);
  if (!context.ok)
    return cardResponse(noticeCard(translator(turn.lang)(context.error.code, context.error.params), 'Warning'));
  return cardResponse(
    voteCard(voteView(await voteState(services.deps, context.value, turn.actor.userId), true), translator(turn.lang)),
  );
}

/** The shared vote card, as everybody sees it. */
export async function sharedVoteView(
  services: BotServices,
  session: Session,
  phaseIndex: number,
): Promise<VoteCardView> {
  const community = await services.deps.store.communities.get(session.communityId);
  const stored = await services.deps.store.sessions.get(session.id);
  if (!community || !stored) throw new Error(`session ${session.id} has no community`);
  const phase = session.agenda[phaseIndex];
  if (!phase) throw new Error(`session ${session.id} has no phase ${phaseIndex}`);
  const state = await voteState(
    services.deps,
    { session: stored, community: community.value, phase, phaseIndex, role: 'observer' },
    '',
  );
  return { ...voteView(state, false), refreshUserIds: await votersOf(services.deps, session.id, phaseIndex) };
}

export async function scheduleVoteUpdate(
  services: BotServices,
  session: Session,
  phaseIndex: number,
  lang: Lang,
): Promise<void> {
  await scheduleSharedUpdate(services, phaseCardKey(session.id, phaseIndex), async () =>
    voteCard(await sharedVoteView(services, session, phaseIndex), translator(lang)),
  );
}

/** The dots as the member placed them, to show back on the card. */
function ballotOf(data: CardData, view: VoteCardView): Record<string, number> {
  return Object.fromEntries(view.ideas.map((i) => [i.id, Number(data[`dots_${i.id}`] ?? 0) || 0]));
}

/** The member's dots as lines "idea: n", for when the card itself cannot be shown again. */
async function handBack(services: BotServices, data: CardData): Promise<string> {
  const session = await services.deps.store.sessions.get(field(data, 'sessionId'));
  if (!session) return '';
  const ideas = await ideasFor(services.deps, session.value, Number(data.phaseIndex ?? 0));
  return ideas
    .filter((i) => Number(data[`dots_${i.id}`] ?? 0) > 0)
    .map((i) => `${i.text}: ${String(data[`dots_${i.id}`])}`)
    .join('\n');
}
