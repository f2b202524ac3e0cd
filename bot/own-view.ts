import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { ActivityKind } from '../domain/session/formats';
import { translator } from '../i18n/t';
import type { BotServices } from './bot-services';
import { CARD_ACTION_ROUTES } from './card-action-routes';
import { ACTIONS_VERBS } from './cards/actions-card';
import { BOARD_VERBS } from './cards/board-card';
import { notice, type AdaptiveCard } from './cards/card-kit';
import { CHECK_IN_VERBS } from './cards/check-in-card';
import { INTRODUCTION_VERBS } from './cards/introductions-card';
import { noticeCard } from './cards/notice-card';
import { RANK_VERBS } from './cards/rank-card';
import { phaseCard } from './cards/session-cards';
import { SURVEY_VERBS } from './cards/survey-card';
import { VOTE_VERBS } from './cards/vote-card';
import type { CardData } from './check-in-actions';
import { cardResponse } from './invoke-response';
import { sharedCardOf } from './phase-poster';
import type { TurnInfo } from './turn-info';

/** The verb that renders a user's own view of each activity's card. */
const OWN_VIEW_VERBS: Partial<Record<ActivityKind, string>> = {
  'check-in': CHECK_IN_VERBS.refresh,
  brainstorm: BOARD_VERBS.refresh,
  retrospective: BOARD_VERBS.refresh,
  'check-out': BOARD_VERBS.refresh,
  agreements: BOARD_VERBS.refresh,
  discussion: BOARD_VERBS.refresh,
  'dot-vote': VOTE_VERBS.refresh,
  actions: ACTIONS_VERBS.refresh,
  survey: SURVEY_VERBS.refresh,
  rank: RANK_VERBS.refresh,
  introductions: INTRODUCTION_VERBS.refresh,
};

interface Banner {
  message: string;
  color: 'Good' | 'Warning';
}

/** The clicker's own view of the card they clicked, with `banner` under its title: nothing on it is lost. */
export async function ownViewWith(
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
  banner: Banner,
): Promise<AdaptiveCardInvokeResponse> {
  const card = await ownView(services, turn, data);
  if (!card) return cardResponse(noticeCard(banner.message, banner.color));
  const [title, ...rest] = card.body;
  return cardResponse({ ...card, body: [...(title ? [title] : []), notice(banner.message, banner.color), ...rest] });
}

async function ownView(services: BotServices, turn: TurnInfo, data: CardData): Promise<AdaptiveCard | undefined> {
  const session =
    typeof data.sessionId === 'string' ? await services.deps.store.sessions.get(data.sessionId) : undefined;
  const phaseIndex = Number(data.phaseIndex);
  const phase = session?.value.agenda[phaseIndex];
  if (!session || !phase) return undefined;
  const verb = OWN_VIEW_VERBS[phase.activity];
  const route = verb ? CARD_ACTION_ROUTES[verb] : undefined;
  if (route) {
    const answer = await route(services, turn, data);
    return answer.type === 'application/vnd.microsoft.card.adaptive'
      ? (answer.value as unknown as AdaptiveCard)
      : undefined;
  }
  const community = await services.deps.store.communities.get(session.value.communityId);
  const shared = community ? await sharedCardOf(services, session.value, phaseIndex, community.value) : undefined;
  if (shared) return { ...shared.card, refresh: undefined };
  return phaseCard(session.value, phaseIndex, translator(turn.lang));
}
