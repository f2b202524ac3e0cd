import { ideasFor } from '../../domain/activities/dot-vote/dot-vote-use-cases';
import { placesOf, unrankedIdeas } from '../../domain/activities/rank/rank';
import type { RankState } from '../../domain/activities/rank/rank-use-cases';
import {
  isRank,
  publishTopics,
  rankState,
  rankingsOf,
  submitRanking,
} from '../../domain/activities/rank/rank-use-cases';
import type { DomainError } from '../../domain/errors';
import type { Session } from '../../domain/session/session';
import { translator, type Translate } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import { noticeCard } from '../cards/notice-card';
import { rankCard, type RankCardView } from '../cards/rank-card';
import type { CardData } from '../check-in-actions';
import type { TurnInfo } from '../turn-info';
import { targetOf } from './card-target';
import { sessionOfCard } from './card-session';
import { positionOf, refreshIdsFor } from './facilitator-view';
import { answerChanged, noticeOf, ownPhaseCard, observerContext, phaseCardUpdate } from './phase-card';
import type { PhaseCardRender } from './phase-card';
import type { CardActionHandler } from '../card-action-handler';

/** The card for a ranking state; `personal` adds the member's own places. */
export function rankView(state: RankState, personal: boolean): RankCardView {
  const position = positionOf(state.session.value, state.phaseIndex);
  return {
    ref: { sessionId: state.session.value.id, phaseIndex: state.phaseIndex },
    sessionNumber: state.session.value.number,
    ...(position ? { position } : {}),
    ideas: state.ideas,
    places: state.places,
    rankers: state.rankers,
    open: state.session.value.state.kind !== 'ended',
    ...(state.published
      ? {
          published: state.published.topics,
          notRanked: unrankedIdeas(state.ideas, state.published.topics).map((idea) => idea.text),
        }
      : {}),
    ...(personal && state.mine ? { mine: placesOf(state.mine) } : {}),
  };
}

/** A member saves their ranking; the answer is their own card, no outbound call. */
export const submitRankingAction: CardActionHandler = async (services, turn, data) => {
  const t = translator(turn.lang);
  const result = await submitRanking(services.deps, { ...targetOf(data, turn), raw: data });
  if (result.ok) return answered(services, turn, result.value, 'saved');
  const message = messageOf(result.error, t);
  const handedBack = async () => noticeCard(message, 'Warning', await handBack(services, data, t), t);
  return ownRank(services, turn, data, handedBack, (view) => ({
    ...view,
    typed: placesTyped(data, view),
    notice: { kind: 'error', message },
  }));
};

/** A facilitator publishes the aggregate as the community's topic list; everybody's card shows it. */
export const publishTopicsAction: CardActionHandler = async (services, turn, data) => {
  const result = await publishTopics(services.deps, targetOf(data, turn));
  if (result.ok) return answered(services, turn, result.value, 'published');
  // A member with an old card that still had the button: they keep their own card, with the reason.
  const message = messageOf(result.error, translator(turn.lang));
  return ownRank(services, turn, data, noticeOf, (view) => ({ ...view, notice: { kind: 'error', message } }));
};

export const refreshRankAction: CardActionHandler = (services, turn, data) => ownRank(services, turn, data, noticeOf);

const ownRank = ownPhaseCard({
  fits: isRank,
  view: async (services, context, turn) => rankView(await rankState(services.deps, context, turn.actor.userId), true),
  card: rankCard,
});

/** The ranking changed: everybody's card follows, the clicker gets their own view with what happened. */
const answered = (services: BotServices, turn: TurnInfo, state: RankState, kind: 'saved' | 'published') =>
  answerChanged(services, turn, state, scheduleRankUpdate, (forFacilitator) =>
    rankCard({ ...rankView(state, true), notice: { kind }, forFacilitator }, translator(turn.lang)),
  );

/** The shared ranking card, as everybody sees it; those who ranked get their own view by refresh. */
export async function sharedRankView(
  services: BotServices,
  session: Session,
  phaseIndex: number,
): Promise<RankCardView> {
  const state = await rankState(services.deps, await observerContext(services, session, phaseIndex), '');
  const rankings = await rankingsOf(services.deps, session.id, phaseIndex);
  const authors = rankings.map((r) => r.authorId);
  return { ...rankView(state, false), refreshUserIds: await refreshIdsFor(services.deps, session, authors) };
}

/** The shared rank card, for the channel. */
export const sharedRankCard: PhaseCardRender = async (services, session, phaseIndex, lang) =>
  rankCard(await sharedRankView(services, session, phaseIndex), translator(lang));

export const scheduleRankUpdate = phaseCardUpdate(sharedRankCard);

/** A place given twice is an invalid choice with a `place`: say which place, not "not on the list". */
function messageOf(error: DomainError, t: Translate): string {
  if (error.code === 'errors.input.invalidChoice' && error.params?.place !== undefined)
    return t('rank.samePlace', { place: error.params.place });
  return t(error.code, error.params);
}

/** The places as the member chose them, to show back on the card. */
function placesTyped(data: CardData, view: RankCardView): Record<string, number> {
  return Object.fromEntries(
    view.ideas.flatMap((i) => {
      const place = Number(data[`rank_${i.id}`] ?? 0);
      return Number.isInteger(place) && place > 0 ? [[i.id, place]] : [];
    }),
  );
}

/** The member's places as lines "place. idea", for when the card itself cannot be shown again. */
async function handBack(services: BotServices, data: CardData, t: Translate): Promise<string> {
  const session = await sessionOfCard(services, data);
  if (!session) return '';
  const ideas = await ideasFor(services.deps, session.value, Number(data.phaseIndex ?? 0));
  return ideas
    .map((i) => ({ text: i.text, place: Number(data[`rank_${i.id}`] ?? 0) }))
    .filter((r) => Number.isInteger(r.place) && r.place > 0)
    .sort((a, b) => a.place - b.place)
    .map((r) => t('rank.placeLine', { place: r.place, text: r.text }))
    .join('\n');
}
