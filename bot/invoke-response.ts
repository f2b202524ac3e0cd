import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { AdaptiveCard } from './cards/card-kit';

/** The card that replaces the clicked card for the member who clicked: no outbound call needed. */
export const cardResponse = (card: AdaptiveCard): AdaptiveCardInvokeResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.card.adaptive',
  value: card as unknown as Record<string, unknown>,
});
