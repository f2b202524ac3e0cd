import { odata } from '@azure/data-tables';
import type { SessionRepository, Stored } from '../../../domain/ports';
import type { Session } from '../../../domain/session/session';
import { lookupKey } from './keys';
import { onlyEntityReader, replaceOnlyEntity } from './only-entity';
import { toProperties } from './payload';
import { all, type Tables } from './tables';
import { createClaimed } from './claimed-create';

/** Numbers sort newest first as RowKeys: the first entity of a community's partition is its latest session. */
const MAX_NUMBER = 999_999_999_999;
const numberKey = (n: number) => String(MAX_NUMBER - n).padStart(12, '0');

/**
 * A session is an entity keyed on its id (every card click reads it: one point read). Its number is
 * claimed by a second entity in the community's partition, which also answers `latest`. Creation writes
 * the session first and the claim second, and takes the session back when the number was taken; a crash
 * in between leaves a session no number leads to.
 */
export function sessions(tables: Tables): SessionRepository {
  const get = onlyEntityReader<Session>(tables.Sessions);
  return {
    get,
    latest: async (communityId) => {
      const pages = tables.SessionNumbers.listEntities<{ sessionId: string }>({
        queryOptions: { filter: odata`PartitionKey eq ${lookupKey(communityId)}`, select: ['sessionId'] },
      }).byPage({ maxPageSize: 1 });
      for await (const page of pages) {
        const newest = page[0];
        if (newest) return get(newest.sessionId);
      }
      return undefined;
    },
    list: async (communityId) => {
      const claims = await all<{ sessionId: string }>(
        tables.SessionNumbers,
        odata`PartitionKey eq ${lookupKey(communityId)}`,
        ['RowKey', 'sessionId'],
      );
      // Claims list newest first (see numberKey); a claim whose session was taken back is skipped.
      const found = await Promise.all(claims.reverse().map((c) => get(c.sessionId)));
      return found.filter((s): s is Stored<Session> => s !== undefined);
    },
    save: async (session, expected) => {
      if (expected !== null) return replaceOnlyEntity(tables.Sessions, session.id, session, expected);
      if (!Number.isSafeInteger(session.number) || session.number < 0 || session.number > MAX_NUMBER) {
        throw new RangeError(`A session number must be a whole number from 0 to ${MAX_NUMBER}, not ${session.number}.`);
      }
      const claim = {
        table: tables.SessionNumbers,
        partitionKey: lookupKey(session.communityId),
        rowKey: numberKey(session.number),
        field: 'sessionId',
      };
      return createClaimed(tables.Sessions, lookupKey(session.id), toProperties(session), claim, session.id);
    },
  };
}
