import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { DomainError } from '../domain/errors';
import type { AdaptiveCard } from './cards/card-kit';

/** The card that replaces the clicked card for the member who clicked: no outbound call needed. */
export const cardResponse = (card: AdaptiveCard): AdaptiveCardInvokeResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.card.adaptive',
  value: card as unknown as Record<string, unknown>,
});

/** Answers that refused what the member sent; a dialog then stays open with the error (see bot/dialogs). */
const refusals = new WeakMap<AdaptiveCardInvokeResponse, DomainError>();

/** A card answer that says the input was not taken, and why. */
export function refusedResponse(card: AdaptiveCard, error: DomainError): AdaptiveCardInvokeResponse {
  const response = cardResponse(card);
  refusals.set(response, error);
  return response;
}

/** Why a handler's answer refused the input, or `undefined` when it was taken. */
export const refusalOf = (response: AdaptiveCardInvokeResponse): DomainError | undefined => refusals.get(response);
