import { CardFactory, MessageFactory, TurnContext, type ConversationReference } from 'botbuilder';
import type { Deps } from '../domain/ports';
import type { AdaptiveCard } from './cards/card-kit';
import type { Logger } from '../domain/ports';
import type { SharedCardUpdater } from './shared-card-updater';

/** What the bot's handlers need besides the turn. */
export interface BotServices {
  deps: Deps;
  updater: SharedCardUpdater;
  log: Logger;
}

/** Where a shared card was posted, so it can be updated later, after a restart too. */
export interface PostedCard {
  activityId: string;
  reference: Partial<ConversationReference>;
}

export async function postCard(context: TurnContext, card: AdaptiveCard): Promise<string | undefined> {
  const sent = await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  return sent?.id;
}

/** Posts a card and remembers where, under `key`. */
export async function postSharedCard(services: BotServices, context: TurnContext, key: string, card: AdaptiveCard): Promise<void> {
  const activityId = await postCard(context, card);
  if (!activityId) return;
  const posted: PostedCard = { activityId, reference: TurnContext.getConversationReference(context.activity) };
  await services.deps.store.keyValues.put(key, posted);
}

export const checkInCardKey = (sessionId: string): string => `card:check-in:${sessionId}`;
