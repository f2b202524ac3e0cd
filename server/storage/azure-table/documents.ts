import { odata } from '@azure/data-tables';
import type { DocumentRepository, Stored, StoredDocument } from '../../../domain/ports';
import { typedDocuments } from '../typed-documents';
import { decodeKey, lookupKey, orderedKey, prefixRange, storedKey } from './keys';
import { fromProperties, storedOf, toProperties } from './payload';
import { all, conditional, conflict, isEtag, read, replaceIfAt, type Tables } from './tables';

/**
 * A collection is a partition; a document's RowKey is its id, encoded in order, so listing by id prefix
 * is one range query that answers in id order. Documents up to about 900 KB of compressed JSON fit.
 */
export function documents(tables: Tables): DocumentRepository {
  const table = tables.Documents;
  return typedDocuments({
    get: async (collection: string, id: string): Promise<Stored<unknown> | undefined> => {
      const rowKey = storedKey(id);
      return storedOf(rowKey === undefined ? undefined : await read(table, lookupKey(collection), rowKey));
    },
    list: async (collection: string, idPrefix = ''): Promise<StoredDocument<unknown>[]> => {
      const range = prefixRange(idPrefix);
      const entities = await all(
        table,
        odata`PartitionKey eq ${lookupKey(collection)} and RowKey ge ${range.from} and RowKey lt ${range.to}`,
      );
      return entities.map((e) => ({ id: decodeKey(e.rowKey), value: fromProperties<unknown>(e), version: e.etag }));
    },
    save: async (collection, id, value, expected) => {
      const entity = { partitionKey: lookupKey(collection), rowKey: orderedKey(id), ...toProperties(value) };
      if (expected === null) return conditional(() => table.createEntity(entity));
      return replaceIfAt(table, entity, expected);
    },
    remove: async (collection, id, expected) => {
      const rowKey = storedKey(id);
      if (rowKey === undefined || !isEtag(expected)) return conflict();
      return conditional(async () => {
        await table.deleteEntity(lookupKey(collection), rowKey, { etag: expected });
        return { etag: expected };
      });
    },
  });
}
