import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { BotServices } from './bot-services';
import type { CardData } from './check-in-actions';
import type { TurnInfo } from './turn-info';

/** Answers one `Action.Execute` verb of a card: the card the clicker sees next. */
export type CardActionHandler = (
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
) => Promise<AdaptiveCardInvokeResponse>;
