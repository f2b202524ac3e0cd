import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { Stored } from '../../domain/ports';
import type { Session } from '../../domain/session/session';
import { translator } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import type { CardActionHandler } from '../card-action-handler';
import { noticeCard } from '../cards/notice-card';
import type { CardData } from '../check-in-actions';
import { cardResponse } from '../invoke-response';
import type { TurnInfo } from '../turn-info';
import { field } from './card-target';

/** The session a card's data names, if it is (still) there. */
export async function sessionOfCard(services: BotServices, data: CardData): Promise<Stored<Session> | undefined> {
  const id = field(data, 'sessionId');
  return id ? services.deps.store.sessions.get(id) : undefined;
}

type InSession = (
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
  session: Stored<Session>,
) => Promise<AdaptiveCardInvokeResponse>;

/** A click answered from the session its card is for; when that session is gone, a warning says so. */
export const inCardSession =
  (answer: InSession): CardActionHandler =>
  async (services, turn, data) => {
    const session = await sessionOfCard(services, data);
    if (!session) return cardResponse(noticeCard(translator(turn.lang)('errors.session.unknown'), 'Warning'));
    return answer(services, turn, data, session);
  };
