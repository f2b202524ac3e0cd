import { z } from 'zod';
import { ConfigError } from '../config';

/** What the tab's API needs to check Teams SSO tokens (absent in local mode unless configured). */
export interface SsoConfig {
  /** The Entra app registration that exposes `access_as_user`. */
  clientId: string;
  /** `api://<host>/<clientId>`; tokens may carry it as audience instead of the client id. */
  appIdUri?: string;
  /** Tenants whose users may sign in; tokens of any other tenant are refused. */
  allowedTenants: string[];
  /** Where the signing keys are; Entra's common keys unless a test points elsewhere. */
  jwksUrl: string;
}

const WHERE = {
  LEERKRING_SSO_CLIENT_ID:
    "the Application (client) ID of the tab's Entra app registration (the one that exposes the scope access_as_user)",
  LEERKRING_ALLOWED_TENANTS:
    'comma-separated Microsoft Entra tenant IDs whose users may use the tab ' +
    '(Azure portal → Microsoft Entra ID → Overview)',
} as const;

const schema = z.object({
  LEERKRING_SSO_CLIENT_ID: z.string().trim().optional(),
  LEERKRING_SSO_APP_ID_URI: z.string().trim().startsWith('api://', 'must start with api://').optional(),
  LEERKRING_ALLOWED_TENANTS: z.string().optional(),
  LEERKRING_SSO_JWKS_URL: z.url().optional(),
});

export const ENTRA_JWKS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';

/**
 * Reads the SSO settings. In cloud mode the client id and the tenant allow-list are required;
 * in local mode they are optional (the tab then uses the local identity switcher).
 */
export function readSsoConfig(env: NodeJS.ProcessEnv, mode: 'local' | 'cloud'): SsoConfig | undefined {
  const blankless = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v?.trim() === '' ? undefined : v]));
  const parsed = schema.safeParse(blankless);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid SSO configuration:\n  ${issues.join('\n  ')}`);
  }
  const e = parsed.data;
  const tenants = (e.LEERKRING_ALLOWED_TENANTS ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (mode === 'local' && !e.LEERKRING_SSO_CLIENT_ID) return undefined;
  const missing: (keyof typeof WHERE)[] = [];
  if (!e.LEERKRING_SSO_CLIENT_ID) missing.push('LEERKRING_SSO_CLIENT_ID');
  if (tenants.length === 0) missing.push('LEERKRING_ALLOWED_TENANTS');
  if (missing.length) {
    throw new ConfigError(
      `The tab signs users in with Teams SSO and needs:\n${missing.map((k) => `  ${k}: ${WHERE[k]}`).join('\n')}`,
    );
  }
  return {
    clientId: e.LEERKRING_SSO_CLIENT_ID ?? '',
    ...(e.LEERKRING_SSO_APP_ID_URI ? { appIdUri: e.LEERKRING_SSO_APP_ID_URI } : {}),
    allowedTenants: tenants,
    jwksUrl: e.LEERKRING_SSO_JWKS_URL ?? ENTRA_JWKS_URL,
  };
}
