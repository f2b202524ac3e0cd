import { TeamsInfo, type TurnContext } from 'botbuilder';
import { membership } from '../domain/community/community';
import { rememberUserCommunity } from '../domain/community/user-communities';
import type { BotServices } from './bot-services';

const PAGE_SIZE = 200;
const MAX_PAGES = 20;

/**
 * Adds the team's (or chat's) members to the community, so that actions can be given to anyone
 * in it, not only to those who answered a card. Uses the paged roster call: the unpaged ones are
 * limited to a few a minute. Best effort: a failure is logged and the session goes on.
 */
export async function syncRoster(services: BotServices, context: TurnContext, communityId: string): Promise<number> {
  let added = 0;
  let token: string | undefined;
  try {
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await TeamsInfo.getPagedMembers(context, PAGE_SIZE, token);
      for (const m of result.members) {
        const person = {
          userId: m.id,
          name: m.name || m.givenName || m.id,
          ...(m.aadObjectId ? { aadObjectId: m.aadObjectId } : {}),
        };
        if (
          (await services.deps.store.members.add(
            membership(communityId, person, 'member', services.deps.clock.now()),
          )) === 'created'
        )
          added += 1;
        if (m.aadObjectId) await rememberUserCommunity(services.deps, m.aadObjectId, communityId);
      }
      token = result.continuationToken;
      if (!token) break;
    }
  } catch (error) {
    services.log.warn('could not read the roster', {
      communityId,
      error: error instanceof Error ? error.message : String(error),
    });
  }
  return added;
}
