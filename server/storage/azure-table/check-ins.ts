import { odata } from '@azure/data-tables';
import type { CheckIn } from '../../../domain/activities/check-in/check-in';
import type { CheckInRepository, UpsertOutcome } from '../../../domain/ports';
import { lookupKey } from './keys';
import { fromProperties, storedJson, toProperties } from './payload';
import { all, compareStamps, conditional, creationStamp, read, removeIfThere, type Tables } from './tables';

/** One entity per member in the session's partition; `stamp` keeps the order of first check-in across updates. */
export function checkIns(tables: Tables): CheckInRepository {
  const table = tables.CheckIns;
  const keys = (sessionId: string, userId: string) => ({
    partitionKey: lookupKey(sessionId),
    rowKey: lookupKey(userId),
  });
  return {
    upsert: async (checkIn) => {
      const key = keys(checkIn.sessionId, checkIn.userId);
      const json = JSON.stringify(checkIn);
      // Read, then write guarded by what was read; somebody writing in between means another round.
      for (;;) {
        const before = await read(table, key.partitionKey, key.rowKey);
        if (before && storedJson(before) === json) return 'unchanged';
        const outcome: UpsertOutcome = before ? 'updated' : 'created';
        const saved = before
          ? await conditional(() =>
              table.updateEntity({ ...key, ...toProperties(checkIn) }, 'Merge', { etag: before.etag }),
            )
          : await conditional(() => table.createEntity({ ...key, ...toProperties(checkIn), stamp: creationStamp() }));
        if (saved.ok) return outcome;
      }
    },
    get: async (sessionId, userId) => {
      const key = keys(sessionId, userId);
      const entity = await read(table, key.partitionKey, key.rowKey);
      return entity && fromProperties<CheckIn>(entity);
    },
    list: async (sessionId) => {
      const entities = await all(table, odata`PartitionKey eq ${lookupKey(sessionId)}`);
      return entities.sort(compareStamps).map((e) => fromProperties<CheckIn>(e));
    },
    remove: (sessionId, userId) => removeIfThere(table, lookupKey(sessionId), lookupKey(userId)),
    count: async (sessionId) => (await all(table, odata`PartitionKey eq ${lookupKey(sessionId)}`, ['RowKey'])).length,
  };
}
