import { CardFactory } from 'botbuilder';
import type { BotServices, PostedCard } from './bot-services';
import type { AdaptiveCard } from './cards/card-kit';

/** Where the shared card of a session's phase is remembered. */
export const phaseCardKey = (sessionId: string, phaseIndex: number): string => `card:${sessionId}:${phaseIndex}`;

/** Brings a posted shared card up to date soon, coalesced with other updates of the same card. */
export async function scheduleSharedUpdate(
  services: BotServices,
  key: string,
  render: () => Promise<AdaptiveCard>,
): Promise<void> {
  const posted = await services.deps.store.keyValues.get<PostedCard>(key);
  if (!posted) return;
  services.updater.schedule(posted.reference, posted.activityId, async () => CardFactory.adaptiveCard(await render()));
}
