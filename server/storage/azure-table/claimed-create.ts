import type { TableClient } from '@azure/data-tables';
import type { SaveOutcome } from '../../../domain/ports';
import { conditional, conflict, ONLY, read, removeIfThere } from './tables';

/** The entity that makes a key unique: the row `key` of `table`, naming its owner in `field`. */
export interface Claim {
  table: TableClient;
  partitionKey: string;
  rowKey: string;
  field: string;
}

/**
 * Creates the entity, then claims its unique key in another partition (no transaction spans the two), and takes
 * the entity back when someone else holds the claim. A claim of our own, from a request the SDK retried after a
 * lost answer, counts as ours.
 */
export async function createClaimed(
  table: TableClient,
  partitionKey: string,
  properties: object,
  claim: Claim,
  ownerId: string,
): Promise<SaveOutcome> {
  const created = await conditional(() => table.createEntity({ partitionKey, rowKey: ONLY, ...properties }));
  if (!created.ok) return created;
  const { table: claims, partitionKey: claimKey, rowKey, field } = claim;
  const claimed = await conditional(() => claims.createEntity({ partitionKey: claimKey, rowKey, [field]: ownerId }));
  if (claimed.ok) return created;
  const holder = await read<Record<string, unknown>>(claims, claimKey, rowKey);
  if (holder?.[field] === ownerId) return created;
  await removeIfThere(table, partitionKey, ONLY, created.version);
  return conflict();
}
