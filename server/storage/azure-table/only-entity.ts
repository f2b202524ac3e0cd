import type { TableClient } from '@azure/data-tables';
import type { SaveOutcome, Stored } from '../../../domain/ports';
import { lookupKey } from './keys';
import { storedOf, toProperties } from './payload';
import { ONLY, read, replaceIfAt } from './tables';

/** Reads a record kept as the one entity of its partition, the record's id. */
export const onlyEntityReader =
  <T>(table: TableClient) =>
  async (id: string): Promise<Stored<T> | undefined> =>
    storedOf<T>(await read(table, lookupKey(id), ONLY));

/** Replaces such a record if it is still at the version `expected`. */
export const replaceOnlyEntity = (
  table: TableClient,
  id: string,
  value: unknown,
  expected: string,
): Promise<SaveOutcome> =>
  replaceIfAt(table, { partitionKey: lookupKey(id), rowKey: ONLY, ...toProperties(value) }, expected);
