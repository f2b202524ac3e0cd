import { TableClient, type TableEntity } from '@azure/data-tables';
import type { TokenCredential } from '@azure/identity';
import type { SaveOutcome } from '../../../domain/ports';

/** The tables of the store, each named `<prefix><Name>`. */
export const TABLE_NAMES = [
  'Communities',
  'Channels',
  'Members',
  'Sessions',
  'SessionNumbers',
  'CheckIns',
  'Contributions',
  'ContributionSessions',
  'KeyValues',
  'Documents',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];
export type Tables = Record<TableName, TableClient>;

/** Table names are 3–63 letters and digits, starting with a letter; the longest suffix has 20. */
export const TABLE_PREFIX = /^[A-Za-z][A-Za-z0-9]{0,42}$/;

/** The RowKey of tables that hold one entity per partition. */
export const ONLY = '_';

export type Connection = { connectionString: string } | { accountUrl: string; credential: TokenCredential };

export function tableClients(connection: Connection, prefix: string): Tables {
  if (!TABLE_PREFIX.test(prefix))
    throw new Error(
      `The table prefix "${prefix}" must be letters and digits, start with a letter, and be at most 43 long.`,
    );
  const client = (name: TableName) => {
    const table = `${prefix}${name}`;
    if ('connectionString' in connection) {
      return TableClient.fromConnectionString(connection.connectionString, table, {
        allowInsecureConnection: isLoopback(connection.connectionString),
      });
    }
    return new TableClient(connection.accountUrl, table, connection.credential, {
      allowInsecureConnection: isLoopback(connection.accountUrl),
    });
  };
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, client(name)])) as Tables;
}

/** An endpoint (or a connection string naming one) on this machine: Azurite speaks plain HTTP. */
const isLoopback = (text: string) =>
  /UseDevelopmentStorage=true|(^|=)http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/i.test(text);

/** Where the store lives, without anything secret: the account's endpoint and the tables' prefix. */
export function location(tables: Tables, prefix: string): string {
  // The account's endpoint (Azurite keeps the account in the path); never its query, where a SAS would be.
  const url = new URL(tables.Communities.url);
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')} (tables ${prefix}*)`;
}

/** The HTTP status of a failed call, if it was one. */
export const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && typeof (error as { statusCode?: unknown }).statusCode === 'number'
    ? (error as { statusCode: number }).statusCode
    : undefined;

/** The storage service's error code (e.g. TableNotFound), from the x-ms-error-code header. */
const errorCode = (error: unknown): unknown => (error as { details?: { errorCode?: unknown } }).details?.errorCode;

const CONFLICT: SaveOutcome = { ok: false, reason: 'conflict' };

/**
 * Runs a conditional write: 409 (the entity exists), 412 (its ETag moved on) and 404 (it is gone) all mean
 * somebody else wrote first. A missing table is no conflict: that is thrown.
 */
export async function conditional(write: () => Promise<{ etag?: string }>): Promise<SaveOutcome> {
  try {
    const { etag } = await write();
    if (!etag) throw new Error('Azure Table storage answered a write without an ETag.');
    return { ok: true, version: etag };
  } catch (error) {
    const status = statusOf(error);
    if (status === 409 || status === 412 || (status === 404 && errorCode(error) !== 'TableNotFound')) return CONFLICT;
    throw error;
  }
}

/**
 * An ETag as Azure Table storage hands them out. Anything else (a version this store never gave) cannot match, and
 * Azure would answer 400.
 */
export const isEtag = (version: string): boolean => /^W\/"datetime'[^']+'"$/.test(version);

export const conflict = (): Promise<SaveOutcome> => Promise.resolve(CONFLICT);

/** Replaces an entity if it is still at the version `expected` (a version this store never gave is a conflict). */
export const replaceIfAt = (table: TableClient, entity: TableEntity, expected: string): Promise<SaveOutcome> =>
  isEtag(expected) ? conditional(() => table.updateEntity(entity, 'Replace', { etag: expected })) : conflict();

/** Reads one entity; undefined when it does not exist. */
export async function read<T extends object = Record<string, unknown>>(
  table: TableClient,
  partitionKey: string,
  rowKey: string,
  options: { abortSignal?: AbortSignal } = {},
): Promise<(TableEntity<T> & { etag: string }) | undefined> {
  try {
    return (await table.getEntity<T>(partitionKey, rowKey, options)) as TableEntity<T> & { etag: string };
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** Deletes an entity if it is there (an ETag makes it conditional). */
export async function removeIfThere(
  table: TableClient,
  partitionKey: string,
  rowKey: string,
  etag?: string,
): Promise<void> {
  try {
    await table.deleteEntity(partitionKey, rowKey, etag ? { etag } : {});
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
}

let lastMs = 0;
let counter = 0;

/**
 * A creation stamp that sorts in creation order: milliseconds, then a counter within the process.
 * Records created in the same millisecond on two instances sort in some order, as SQLite rows from
 * two writers do.
 */
export function creationStamp(): string {
  const now = Math.max(Date.now(), lastMs);
  counter = now === lastMs ? counter + 1 : 0;
  lastMs = now;
  return `${String(now).padStart(15, '0')}.${String(counter).padStart(6, '0')}`;
}

/** Creation order (see `creationStamp`), then key order for records of the same instant. */
export function compareStamps(
  a: { stamp?: unknown; rowKey?: string },
  b: { stamp?: unknown; rowKey?: string },
): number {
  const x = `${String(a.stamp)} ${a.rowKey ?? ''}`;
  const y = `${String(b.stamp)} ${b.rowKey ?? ''}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Every entity of a query, in RowKey order. */
export async function all<T extends object>(
  table: TableClient,
  filter: string,
  select?: string[],
): Promise<(TableEntity<T> & { etag: string })[]> {
  const out: (TableEntity<T> & { etag: string })[] = [];
  const queryOptions = select ? { filter, select } : { filter };
  for await (const entity of table.listEntities<T>({ queryOptions }))
    out.push(entity as TableEntity<T> & { etag: string });
  return out;
}
