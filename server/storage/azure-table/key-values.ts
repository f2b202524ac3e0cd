import { odata } from '@azure/data-tables';
import type { KeyValueRepository } from '../../../domain/ports';
import { decodeKey, lookupKey, prefixRange } from './keys';
import { fromProperties, toProperties } from './payload';
import { all, ONLY, read, removeIfThere, statusOf, type Tables } from './tables';

/**
 * One entity per key, each in a partition of its own. Listing by prefix is a range over partition keys;
 * a key too long to be encoded (hashed by `lookupKey`) keeps no order, so it is never listed.
 */
export function keyValues(tables: Tables): KeyValueRepository {
  const table = tables.KeyValues;
  return {
    get: async <T>(key: string) => {
      const entity = await read(table, lookupKey(key), ONLY);
      return entity && fromProperties<T>(entity);
    },
    put: async (key, value) => {
      await table.upsertEntity({ partitionKey: lookupKey(key), rowKey: ONLY, ...toProperties(value) }, 'Replace');
    },
    list: async <T>(keyPrefix: string) => {
      const range = prefixRange(keyPrefix);
      const entities = await all(table, odata`PartitionKey ge ${range.from} and PartitionKey lt ${range.to}`);
      return entities.map((e) => ({ key: decodeKey(e.partitionKey ?? ''), value: fromProperties<T>(e) }));
    },
    remove: (key) => removeIfThere(table, lookupKey(key), ONLY),
    putIfAbsent: async (key, value) => {
      try {
        await table.createEntity({ partitionKey: lookupKey(key), rowKey: ONLY, ...toProperties(value) });
        return true;
      } catch (error) {
        if (statusOf(error) === 409) return false;
        throw error;
      }
    },
  };
}
