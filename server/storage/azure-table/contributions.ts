import { odata } from '@azure/data-tables';
import type { Contribution, ContributionRepository, SaveOutcome } from '../../../domain/ports';
import { lookupKey, orderedKey, prefixRange, storedKey } from './keys';
import { fromProperties, toProperties } from './payload';
import { all, compareStamps, conditional, conflict, creationStamp, isEtag, read, type Tables } from './tables';
import { sessionCommunities } from './session-communities';

/**
 * Contributions live in their community's partition, RowKey `kind|session|id` (each part encoded in
 * order), so a session's contributions of a kind, an id prefix of them, and a community's of a kind
 * across sessions are each one range query. The port names the session only, so the session's
 * community is looked up (`sessionCommunities`, cached: it never changes). `stamp` is the creation
 * order that `list` keeps; updates merge, so it stays.
 */
export function contributions(tables: Tables): ContributionRepository {
  const table = tables.Contributions;
  const communityOf = sessionCommunities(tables);

  const list = async <T>(partitionKey: string, range: { from: string; to: string }) => {
    const entities = await all(
      table,
      odata`PartitionKey eq ${partitionKey} and RowKey ge ${range.from} and RowKey lt ${range.to}`,
    );
    return entities.sort(compareStamps).map((e) => fromProperties<Contribution<T>>(e));
  };

  return {
    get: async <T>(sessionId: string, kind: string, id: string) => {
      const community = await communityOf.find(sessionId);
      const rowKey = storedKey(kind, sessionId, id);
      if (community === undefined || rowKey === undefined) return undefined;
      const entity = await read(table, lookupKey(community), rowKey);
      return entity && { value: fromProperties<Contribution<T>>(entity), version: entity.etag };
    },
    list: async <T>(sessionId: string, kind: string) => {
      const community = await communityOf.find(sessionId);
      return community === undefined ? [] : list<T>(lookupKey(community), prefixRange(kind, sessionId, ''));
    },
    countWithPrefix: async (sessionId, kind, idPrefix) => {
      const community = await communityOf.find(sessionId);
      if (community === undefined) return 0;
      const range = prefixRange(kind, sessionId, idPrefix);
      const partition = lookupKey(community);
      const filter = odata`PartitionKey eq ${partition} and RowKey ge ${range.from} and RowKey lt ${range.to}`;
      return (await all(table, filter, ['RowKey'])).length;
    },
    listInCommunity: <T>(communityId: string, kind: string) => list<T>(lookupKey(communityId), prefixRange(kind, '')),
    listAllInCommunity: async (communityId) => {
      const entities = await all(table, odata`PartitionKey eq ${lookupKey(communityId)}`);
      return entities.sort(compareStamps).map((e) => ({ value: fromProperties<Contribution>(e), version: e.etag }));
    },
    save: async (c, expected): Promise<SaveOutcome> => {
      const rowKey = orderedKey(c.kind, c.sessionId, c.id);
      const partitionKey = lookupKey(c.communityId);
      if (expected === null) {
        await communityOf.claim(c.sessionId, c.communityId);
        return conditional(() =>
          table.createEntity({ partitionKey, rowKey, ...toProperties(c), stamp: creationStamp() }),
        );
      }
      if (!isEtag(expected) || (await communityOf.find(c.sessionId)) !== c.communityId) return conflict();
      return conditional(() =>
        table.updateEntity({ partitionKey, rowKey, ...toProperties(c) }, 'Merge', { etag: expected }),
      );
    },
    remove: async (sessionId, kind, id, expected) => {
      const community = await communityOf.find(sessionId);
      const rowKey = storedKey(kind, sessionId, id);
      if (community === undefined || rowKey === undefined || !isEtag(expected)) return conflict();
      return conditional(async () => {
        await table.deleteEntity(lookupKey(community), rowKey, { etag: expected });
        return { etag: expected };
      });
    },
  };
}
