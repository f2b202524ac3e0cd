import path from 'node:path';
import { z } from 'zod';
import { readGraphConfig, type GraphConfig } from './config/graph-config';
import { readSsoConfig, type SsoConfig } from './config/sso-config';

/** Where each setting comes from, for the message that names a missing one. */
const WHERE = {
  MicrosoftAppId:
    "the Application (client) ID of the bot's Entra app registration or managed identity " +
    '(Azure portal → Azure Bot → Configuration)',
  MicrosoftAppType: '"SingleTenant" or "UserAssignedMSI" (multi-tenant bot creation is deprecated)',
  MicrosoftAppTenantId: 'your Microsoft Entra tenant ID (Azure portal → Microsoft Entra ID → Overview)',
  MicrosoftAppPassword:
    "a client secret of the bot's app registration (Certificates & secrets); not needed with UserAssignedMSI",
} as const;

const LOOPBACK = ['127.0.0.1', '::1', 'localhost'];

const env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().optional(),
  LEERKRING_DATA_DIR: z.string().default('data'),
  LEERKRING_DB: z.string().optional(),
  LEERKRING_PUBLIC_URL: z.url().optional(),
  /** Local mode with the Agents Playground, which shows no dialogs: dialog buttons are sent as plain submits. */
  LEERKRING_CLIENT: z.enum(['teams', 'playground']).optional(),
  /** The Teams app's id (the manifest's `id`, TEAMS_APP_ID of teamsapp.yml): cards link to the tab through Teams. */
  LEERKRING_TEAMS_APP_ID: z.string().trim().optional(),
  MicrosoftAppId: z.string().trim().optional(),
  MicrosoftAppType: z.enum(['SingleTenant', 'UserAssignedMSI', 'MultiTenant']).optional(),
  MicrosoftAppTenantId: z.string().trim().optional(),
  MicrosoftAppPassword: z.string().optional(),
});

export interface BotIdentity {
  appId: string;
  appType: 'SingleTenant' | 'UserAssignedMSI';
  tenantId: string;
  /** Absent with a managed identity. Never logged. */
  password?: string;
}

export interface AppConfig {
  /** Local mode: no Microsoft app id, unauthenticated requests accepted, loopback only. */
  mode: 'local' | 'cloud';
  port: number;
  host: string;
  dataDir: string;
  dbFile: string;
  publicUrl: string;
  /** For deep links to the tab from cards; without it cards link to the tab's page. */
  teamsAppId?: string;
  bot?: BotIdentity;
  /** Where session reports are filed: a local folder, or the channel's Files through Microsoft Graph. */
  filing: GraphConfig;
  /** How the tab's API checks Teams SSO tokens; required outside local mode. */
  sso?: SsoConfig;
  /** The Agents Playground shows no dialogs (local mode only): the bot then sends dialog buttons as plain submits. */
  clientWithoutDialogs?: boolean;
}

export class ConfigError extends Error {}

/** Reads and checks the environment; throws a ConfigError that names what is missing or wrong. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = env.safeParse(blankToUndefined(source));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${issues.join('\n  ')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.LEERKRING_DATA_DIR);
  const dbFile =
    e.LEERKRING_DB === ':memory:'
      ? ':memory:'
      : e.LEERKRING_DB
        ? path.resolve(e.LEERKRING_DB)
        : path.join(dataDir, 'leerkring.db');
  const mode = e.MicrosoftAppId ? 'cloud' : 'local';
  const host = e.HOST ?? (mode === 'local' ? '127.0.0.1' : '0.0.0.0');
  if (mode === 'local' && !LOOPBACK.includes(host)) {
    throw new ConfigError(
      `HOST=${host} is not a loopback address. ` +
        'Without MicrosoftAppId the bot accepts unauthenticated requests, so local mode listens on 127.0.0.1 only.',
    );
  }
  const base = { mode, port: e.PORT, host, dataDir, dbFile } as const;
  const publicUrl = e.LEERKRING_PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  const withSso = (config: AppConfig): AppConfig => {
    const sso = readSsoConfig(source, mode);
    return sso ? { ...config, sso } : config;
  };
  if (mode === 'local') {
    const playground = e.LEERKRING_CLIENT === 'playground' ? { clientWithoutDialogs: true } : {};
    return withSso({ ...base, publicUrl, filing: readGraphConfig(source, mode), ...playground });
  }
  const bot = botIdentity(e);
  const teamsApp = e.LEERKRING_TEAMS_APP_ID ? { teamsAppId: e.LEERKRING_TEAMS_APP_ID } : {};
  return withSso({ ...base, publicUrl, bot, filing: readGraphConfig(source, mode), ...teamsApp });
}

function botIdentity(e: z.infer<typeof env>): BotIdentity {
  const missing: (keyof typeof WHERE)[] = [];
  if (!e.MicrosoftAppType) missing.push('MicrosoftAppType');
  if (!e.MicrosoftAppTenantId) missing.push('MicrosoftAppTenantId');
  if (e.MicrosoftAppType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) missing.push('MicrosoftAppPassword');
  if (missing.length) {
    throw new ConfigError(
      `MicrosoftAppId is set, so Leerkring runs against Microsoft Teams and needs a complete bot identity. Missing:\n` +
        missing.map((k) => `  ${k}: ${WHERE[k]}`).join('\n'),
    );
  }
  if (e.MicrosoftAppType === 'MultiTenant') {
    throw new ConfigError(`MicrosoftAppType=MultiTenant is not supported: ${WHERE.MicrosoftAppType}.`);
  }
  const identity: BotIdentity = {
    appId: e.MicrosoftAppId ?? '',
    appType: e.MicrosoftAppType as BotIdentity['appType'],
    tenantId: e.MicrosoftAppTenantId ?? '',
  };
  return e.MicrosoftAppPassword ? { ...identity, password: e.MicrosoftAppPassword } : identity;
}

const blankToUndefined = (source: NodeJS.ProcessEnv): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === '' ? undefined : v]));
