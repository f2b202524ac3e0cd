import { z } from 'zod';
import { ConfigError } from '../config';
import { Secret } from './graph-config';

/** Where the store lives. SQLite (one file) is the default; Azure Table storage is shared by several instances. */
export type StorageConfig =
  | { kind: 'sqlite'; dbFile: string }
  | {
      kind: 'azure-table';
      tablePrefix: string;
      /** Either a connection string (with the account key: a secret)… */
      connectionString?: Secret;
      /** …or the Table endpoint, reached with a managed identity (or the developer's Azure login). */
      accountUrl?: string;
      /**
       * The client ID of a user-assigned managed identity; absent: the system-assigned one, or DefaultAzureCredential's
       * chain.
       */
      managedIdentityClientId?: string;
    };

const WHERE = {
  LEERKRING_STORE:
    '"sqlite" (the default: one file on this machine) ' +
    'or "azure-table" (Azure Table storage, shared by several instances)',
  LEERKRING_STORAGE_CONNECTION_STRING:
    "the storage account's connection string " +
    '(Azure portal → Storage account → Security + networking → Access keys → Connection string)',
  LEERKRING_STORAGE_ACCOUNT_URL:
    "or, to sign in with the app's managed identity instead of a key, the Table service endpoint " +
    '(Azure portal → Storage account → Settings → Endpoints → Table service, ' +
    'e.g. https://<account>.table.core.windows.net); ' +
    'the identity needs the "Storage Table Data Contributor" role',
  LEERKRING_TABLE_PREFIX:
    'letters and digits that start every table\'s name, starting with a letter (default "leerkring")',
} as const;

const env = z.object({
  LEERKRING_STORE: z
    .enum(['sqlite', 'azure-table'], { error: () => `must be ${WHERE.LEERKRING_STORE}` })
    .default('sqlite'),
  LEERKRING_STORAGE_CONNECTION_STRING: z.string().trim().optional(),
  LEERKRING_STORAGE_ACCOUNT_URL: z.string().trim().optional(),
  AZURE_CLIENT_ID: z.string().trim().optional(),
  LEERKRING_TABLE_PREFIX: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,42}$/, { error: () => `must be ${WHERE.LEERKRING_TABLE_PREFIX}, at most 43 long` })
    .default('leerkring'),
});

/**
 * Reads where the store lives. Throws a ConfigError that names each missing or malformed setting and
 * where to get it; a connection string never appears in it (nor anywhere it is printed: it is a Secret).
 */
export function readStorageConfig(source: NodeJS.ProcessEnv, defaults: { dbFile: string }): StorageConfig {
  const parsed = env.safeParse(blankToUndefined(source));
  if (!parsed.success) {
    // zod's messages here are ours: none repeats the value it was given.
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid storage configuration:\n  ${issues.join('\n  ')}`);
  }
  const e = parsed.data;
  if (e.LEERKRING_STORE === 'sqlite') return { kind: 'sqlite', dbFile: defaults.dbFile };
  const base = { kind: 'azure-table' as const, tablePrefix: e.LEERKRING_TABLE_PREFIX };
  if (e.LEERKRING_STORAGE_CONNECTION_STRING && e.LEERKRING_STORAGE_ACCOUNT_URL) {
    throw new ConfigError(
      'LEERKRING_STORE=azure-table: set LEERKRING_STORAGE_CONNECTION_STRING (an account key) ' +
        'or LEERKRING_STORAGE_ACCOUNT_URL (a managed identity), not both.',
    );
  }
  if (e.LEERKRING_STORAGE_CONNECTION_STRING) {
    const problem = connectionStringProblem(e.LEERKRING_STORAGE_CONNECTION_STRING);
    if (problem)
      throw new ConfigError(
        `LEERKRING_STORAGE_CONNECTION_STRING ${problem}. It is ${WHERE.LEERKRING_STORAGE_CONNECTION_STRING}.`,
      );
    return { ...base, connectionString: new Secret(e.LEERKRING_STORAGE_CONNECTION_STRING) };
  }
  if (e.LEERKRING_STORAGE_ACCOUNT_URL) {
    const accountUrl = tableEndpoint(e.LEERKRING_STORAGE_ACCOUNT_URL);
    if (!accountUrl) {
      throw new ConfigError(
        'LEERKRING_STORAGE_ACCOUNT_URL is not an https:// address (nor http:// on this machine). ' +
          `It is ${WHERE.LEERKRING_STORAGE_ACCOUNT_URL}.`,
      );
    }
    return e.AZURE_CLIENT_ID
      ? { ...base, accountUrl, managedIdentityClientId: e.AZURE_CLIENT_ID }
      : { ...base, accountUrl };
  }
  throw new ConfigError(
    `LEERKRING_STORE=azure-table keeps the data in Azure Table storage, which needs one of:\n` +
      `  LEERKRING_STORAGE_CONNECTION_STRING: ${WHERE.LEERKRING_STORAGE_CONNECTION_STRING}\n` +
      `  LEERKRING_STORAGE_ACCOUNT_URL: ${WHERE.LEERKRING_STORAGE_ACCOUNT_URL}`,
  );
}

/** What to say about where the data lives, in a log line: never a key. */
export function describeStorage(config: StorageConfig): string {
  if (config.kind === 'sqlite') return `SQLite file ${config.dbFile}`;
  const identity = config.managedIdentityClientId
    ? `managed identity ${config.managedIdentityClientId}`
    : 'the default Azure credential';
  const how = config.accountUrl
    ? `${config.accountUrl} with ${identity}`
    : 'the account of LEERKRING_STORAGE_CONNECTION_STRING';
  return `Azure Table storage (tables ${config.tablePrefix}*) at ${how}`;
}

const CONNECTION_STRING_SHAPE = 'DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;…';
const CONNECTION_STRING_KEYS = new Set(
  [
    'DefaultEndpointsProtocol',
    'AccountName',
    'AccountKey',
    'EndpointSuffix',
    'SharedAccessSignature',
    'TableEndpoint',
    'BlobEndpoint',
    'QueueEndpoint',
    'FileEndpoint',
  ].map((k) => k.toLowerCase()),
);

/** Why a connection string cannot be one (without repeating any of it), or undefined when it looks right. */
function connectionStringProblem(value: string): string | undefined {
  if (/^UseDevelopmentStorage=true;?$/i.test(value)) return undefined;
  const pairs = new Map<string, string>();
  for (const part of value.split(';').filter((p) => p.trim())) {
    const at = part.indexOf('=');
    const name = part.slice(0, Math.max(at, 0)).trim().toLowerCase();
    if (!CONNECTION_STRING_KEYS.has(name))
      return `is not a connection string (it should read ${CONNECTION_STRING_SHAPE})`;
    pairs.set(name, part.slice(at + 1).trim());
  }
  const signed = pairs.get('accountkey') || pairs.get('sharedaccesssignature');
  if (!signed) return 'has neither an AccountKey nor a SharedAccessSignature';
  if (!pairs.get('accountname') && !pairs.get('tableendpoint')) return 'names no AccountName (nor a TableEndpoint)';
  return undefined;
}

/** The endpoint without its trailing slash; https, or http on loopback (Azurite). */
function tableEndpoint(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return undefined;
  if (url.search || url.username || url.password) return undefined;
  return value.replace(/\/+$/, '');
}

const blankToUndefined = (source: NodeJS.ProcessEnv): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === '' ? undefined : v]));
