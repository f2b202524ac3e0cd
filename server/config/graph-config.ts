import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../config';

/** A secret from the environment: its value is read with `reveal()`, and it prints as [secret] everywhere else. */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return '[secret]';
  }
  toJSON(): string {
    return '[secret]';
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return '[secret]';
  }
}

/** How reports are filed. */
export type GraphConfig =
  | { kind: 'local'; dir: string }
  | {
      kind: 'app-only';
      tenantId: string;
      clientId: string;
      /** A client secret of the app registration, or else… */
      secret?: Secret;
      /** …a user-assigned managed identity's client id. */
      managedIdentityClientId?: string;
      baseUrl: string;
    }
  | { kind: 'delegated'; tenantId: string; clientId: string; secret: Secret; baseUrl: string };

const WHERE = {
  LEERKRING_FILING:
    '"delegated" (files written on behalf of the facilitator; no admin consent), ' +
    '"app-only" (the app writes; needs admin consent) or "local" (a folder on this machine); ' +
    'see docs/decisions/0004-report-filing.md',
  GRAPH_TENANT_ID:
    'your Microsoft Entra tenant ID (Azure portal → Microsoft Entra ID → Overview); ' +
    'defaults to MicrosoftAppTenantId',
  GRAPH_CLIENT_ID:
    'the Application (client) ID of the Entra app registration that holds the Graph permission ' +
    "(for delegated: the tab's SSO app, the manifest's webApplicationInfo.id); defaults to MicrosoftAppId",
  GRAPH_CLIENT_SECRET:
    'a client secret of that app registration (Azure portal → App registrations → Certificates & secrets); ' +
    "defaults to MicrosoftAppPassword when GRAPH_CLIENT_ID is the bot's app id",
  GRAPH_MANAGED_IDENTITY_CLIENT_ID:
    'for app-only without a secret: ' +
    'the client ID of the user-assigned managed identity that was granted the Graph permission',
} as const;

type Setting = keyof typeof WHERE;

const env = z.object({
  LEERKRING_FILING: z.enum(['local', 'app-only', 'delegated']).optional(),
  LEERKRING_DATA_DIR: z.string().default('data'),
  LEERKRING_REPORTS_DIR: z.string().optional(),
  GRAPH_BASE_URL: z.url({ protocol: /^https?$/ }).default('https://graph.microsoft.com'),
  GRAPH_TENANT_ID: z.string().trim().optional(),
  GRAPH_CLIENT_ID: z.string().trim().optional(),
  GRAPH_CLIENT_SECRET: z.string().optional(),
  GRAPH_MANAGED_IDENTITY_CLIENT_ID: z.string().trim().optional(),
  MicrosoftAppId: z.string().trim().optional(),
  MicrosoftAppType: z.string().optional(),
  MicrosoftAppTenantId: z.string().trim().optional(),
  MicrosoftAppPassword: z.string().optional(),
});

type Env = z.infer<typeof env>;

/**
 * Reads how reports are filed. Local mode files into `./data/reports` unless told otherwise; cloud mode files through
 * Graph, delegated unless `LEERKRING_FILING` says otherwise, with the bot's identity as the default app registration.
 * Throws a ConfigError that names each missing setting and where to get it; secret values never appear in it.
 */
export function readGraphConfig(source: NodeJS.ProcessEnv, mode: 'local' | 'cloud'): GraphConfig {
  const parsed = env.safeParse(blankToUndefined(source));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid report filing configuration:\n  ${issues.join('\n  ')}`);
  }
  const e = parsed.data;
  const kind = e.LEERKRING_FILING ?? (mode === 'local' ? 'local' : 'delegated');
  if (kind === 'local')
    return { kind, dir: path.resolve(e.LEERKRING_REPORTS_DIR ?? path.join(e.LEERKRING_DATA_DIR, 'reports')) };
  return kind === 'app-only' ? appOnly(e) : delegated(e);
}

function common(e: Env) {
  const clientId = e.GRAPH_CLIENT_ID ?? e.MicrosoftAppId;
  const sameAppAsBot = !e.GRAPH_CLIENT_ID || e.GRAPH_CLIENT_ID === e.MicrosoftAppId;
  const secret = e.GRAPH_CLIENT_SECRET ?? (sameAppAsBot ? e.MicrosoftAppPassword : undefined);
  return {
    tenantId: e.GRAPH_TENANT_ID ?? e.MicrosoftAppTenantId,
    clientId,
    secret,
    baseUrl: e.GRAPH_BASE_URL.replace(/\/+$/, ''),
  };
}

function delegated(e: Env): GraphConfig {
  const c = common(e);
  requireAll('delegated', { GRAPH_TENANT_ID: c.tenantId, GRAPH_CLIENT_ID: c.clientId, GRAPH_CLIENT_SECRET: c.secret });
  return {
    kind: 'delegated',
    tenantId: c.tenantId!,
    clientId: c.clientId!,
    secret: new Secret(c.secret!),
    baseUrl: c.baseUrl,
  };
}

function appOnly(e: Env): GraphConfig {
  const c = common(e);
  const managedIdentityClientId =
    e.GRAPH_MANAGED_IDENTITY_CLIENT_ID ??
    (e.MicrosoftAppType === 'UserAssignedMSI' && !c.secret ? e.MicrosoftAppId : undefined);
  const credential = c.secret ?? managedIdentityClientId;
  requireAll('app-only', { GRAPH_TENANT_ID: c.tenantId, GRAPH_CLIENT_ID: c.clientId, GRAPH_CLIENT_SECRET: credential });
  const base = { kind: 'app-only' as const, tenantId: c.tenantId!, clientId: c.clientId!, baseUrl: c.baseUrl };
  return c.secret
    ? { ...base, secret: new Secret(c.secret) }
    : { ...base, managedIdentityClientId: managedIdentityClientId! };
}

function requireAll(kind: string, values: Partial<Record<Setting, string | undefined>>): void {
  const missing = (Object.keys(values) as Setting[]).filter((k) => !values[k]);
  if (!missing.length) return;
  const lines = missing.map((k) =>
    k === 'GRAPH_CLIENT_SECRET' && kind === 'app-only'
      ? `  GRAPH_CLIENT_SECRET: ${WHERE.GRAPH_CLIENT_SECRET}\n` +
        `  or GRAPH_MANAGED_IDENTITY_CLIENT_ID: ${WHERE.GRAPH_MANAGED_IDENTITY_CLIENT_ID}`
      : `  ${k}: ${WHERE[k]}`,
  );
  throw new ConfigError(
    `Reports are filed through Microsoft Graph (LEERKRING_FILING=${kind}: ${WHERE.LEERKRING_FILING}). ` +
      `Missing:\n${lines.join('\n')}`,
  );
}

const blankToUndefined = (source: NodeJS.ProcessEnv): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === '' ? undefined : v]));
