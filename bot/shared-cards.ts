import { CardFactory } from 'botbuilder';
import type { BotServices, PostedCard } from './bot-services';
import type { AdaptiveCard } from './cards/card-kit';

/** Where the shared card of a session's phase is remembered. */
export const phaseCardKey = (sessionId: string, phaseIndex: number): string => `card:${sessionId}:${phaseIndex}`;

/**
 * Brings a posted shared card up to date soon, coalesced with other updates of the same card. Where the card was
 * posted is read when the update goes out; a card that was never posted is left alone then.
 */
export function scheduleSharedUpdate(
  services: BotServices,
  key: string,
  render: () => Promise<AdaptiveCard>,
): Promise<void> {
  const place = async () => (await services.deps.store.keyValues.get<PostedCard>(key)) ?? undefined;
  services.updater.schedule(key, place, async () => CardFactory.adaptiveCard(await render()));
  return Promise.resolve();
}
