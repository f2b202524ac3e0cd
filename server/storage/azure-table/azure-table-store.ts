import type { TokenCredential } from '@azure/identity';
import type { Store } from '../../../domain/ports';
import { checkIns } from './check-ins';
import { communities } from './communities';
import { contributions } from './contributions';
import { documents } from './documents';
import { keyValues } from './key-values';
import { members } from './members';
import { sessions } from './sessions';
import { location, read, tableClients, TABLE_NAMES, type Connection, type Tables } from './tables';

export interface AzureTableStoreOptions {
  /** A storage account connection string (Azure portal → Storage account → Access keys), or Azurite's. */
  connectionString?: string;
  /** The Table endpoint, e.g. https://<account>.table.core.windows.net, used with `credential`. */
  accountUrl?: string;
  /** With `accountUrl`: a managed identity (or any Entra credential) with the Storage Table Data Contributor role. */
  credential?: TokenCredential;
  /** Prefix of every table's name (letters and digits); default `leerkring`. */
  tablePrefix?: string;
}

export const DEFAULT_TABLE_PREFIX = 'leerkring';

/**
 * The shared store: Azure Table storage, for several instances of the server at once. Every record is
 * one entity whose ETag is its version, so concurrent writers are told `conflict` exactly as with SQLite.
 * Creates its tables when they are missing.
 */
export async function openAzureTableStore(options: AzureTableStoreOptions): Promise<Store> {
  const prefix = options.tablePrefix ?? DEFAULT_TABLE_PREFIX;
  const tables = tableClients(connectionOf(options), prefix);
  await Promise.all(TABLE_NAMES.map((name) => tables[name].createTable()));
  const where = location(tables, prefix);
  return {
    communities: communities(tables),
    members: members(tables),
    sessions: sessions(tables),
    checkIns: checkIns(tables),
    contributions: contributions(tables),
    keyValues: keyValues(tables),
    documents: documents(tables),
    health: async () =>
      (await probe(tables))
        ? { kind: 'azure-table', location: where, ok: true }
        : { kind: 'azure-table', location: where, ok: false, reason: 'failing' },
    // The SDK holds no connection that needs closing: its HTTP agent lets idle sockets go.
    close: () => Promise.resolve(),
  };
}

function connectionOf(options: AzureTableStoreOptions): Connection {
  if (options.connectionString) return { connectionString: options.connectionString };
  if (options.accountUrl && options.credential)
    return { accountUrl: options.accountUrl, credential: options.credential };
  throw new Error('The Azure Table store needs a connection string, or an account URL with a credential.');
}

/** How long the health check waits: the SDK's retries would otherwise keep /healthz hanging for many seconds. */
const PROBE_TIMEOUT_MS = 3000;

/** One point read of an entity that is never written: answered (404 included) means the store works. */
async function probe(tables: Tables): Promise<boolean> {
  try {
    await read(tables.KeyValues, 'health', 'probe', { abortSignal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    return true;
  } catch {
    return false;
  }
}
