import type { TurnContext } from 'botbuilder';
import type { Community } from '../domain/community/community';
import type { Session } from '../domain/session/session';
import type { BotServices } from './bot-services';
import { postCurrentPhase, sharedCardOf } from './phase-poster';
import { scheduleSharedUpdate } from './shared-cards';

/**
 * After a facilitator's command: when the session stayed in the phase whose card is already in the channel (a new
 * question for the running brainstorm), that card changes in place; otherwise the current phase's card is posted.
 */
export async function showCurrentPhase(
  services: BotServices,
  context: TurnContext,
  { session, community, before }: { session: Session; community: Community; before: number | undefined },
): Promise<void> {
  const index = session.state.kind === 'running' ? session.state.phaseIndex : undefined;
  if (index === undefined || index !== before) return postCurrentPhase(services, context, session, community);
  const shared = await sharedCardOf(services, session, index, community);
  if (!shared || !(await services.deps.store.keyValues.get(shared.key)))
    return postCurrentPhase(services, context, session, community);
  await scheduleSharedUpdate(
    services,
    shared.key,
    async () => (await sharedCardOf(services, session, index, community))?.card ?? shared.card,
  );
}
