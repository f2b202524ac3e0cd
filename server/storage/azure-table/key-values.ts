import type { KeyValueRepository } from '../../../domain/ports';
import { lookupKey } from './keys';
import { fromProperties, toProperties } from './payload';
import { ONLY, read, statusOf, type Tables } from './tables';

/** One entity per key, each in a partition of its own. */
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
