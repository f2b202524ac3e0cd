import { lookupKey } from './keys';
import { ONLY, read, statusOf, type Tables } from './tables';

/** Sessions whose community is remembered in this process; the mapping never changes, so it never goes stale. */
const CACHE_SIZE = 10_000;

export interface SessionCommunities {
  /** The community whose partition holds the session's contributions; undefined before its first one. */
  find(sessionId: string): Promise<string | undefined>;
  /** Records the session's community with its first contribution; a session belongs to one community only. */
  claim(sessionId: string, communityId: string): Promise<void>;
}

export function sessionCommunities(tables: Tables): SessionCommunities {
  const table = tables.ContributionSessions;
  const known = new Map<string, string>();
  const remember = (sessionId: string, communityId: string) => {
    if (known.size >= CACHE_SIZE) known.delete(known.keys().next().value as string);
    known.set(sessionId, communityId);
    return communityId;
  };
  const find = async (sessionId: string) => {
    const cached = known.get(sessionId);
    if (cached !== undefined) return cached;
    const entity = await read<{ communityId: string }>(table, lookupKey(sessionId), ONLY);
    return entity && remember(sessionId, entity.communityId);
  };
  return {
    find,
    claim: async (sessionId, communityId) => {
      let owner = known.get(sessionId);
      if (owner === undefined) {
        try {
          await table.createEntity({ partitionKey: lookupKey(sessionId), rowKey: ONLY, communityId });
          owner = remember(sessionId, communityId);
        } catch (error) {
          if (statusOf(error) !== 409) throw error;
          owner = await find(sessionId);
        }
      }
      if (owner !== communityId) {
        throw new Error(
          `Session ${sessionId} belongs to community ${owner ?? '?'}, ` +
            `so a contribution of community ${communityId} cannot join it.`,
        );
      }
    },
  };
}
