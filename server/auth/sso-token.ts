import type * as Jose from 'jose' with { 'resolution-mode': 'import' };
import type { JWTVerifyGetKey } from 'jose' with { 'resolution-mode': 'import' };
// jose 6 is ESM only; Node 20.19+ loads it with require (this file is CommonJS). Loaded on first use,
// so a server without SSO (local mode) never loads it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jose = (): typeof Jose => require('jose') as typeof Jose;
import type { SsoConfig } from '../config/sso-config';

/** The person behind a request, keyed on their Entra object id. */
export interface Identity {
  oid: string;
  name: string;
  tenantId: string;
  /** Set for the local identity switcher: the Teams user id the Playground uses. */
  userId?: string;
  local: boolean;
}

export type TokenCheck = { ok: true; identity: Identity } | { ok: false; reason: string };

const SCOPE = 'access_as_user';

/** Both issuers Entra uses, v2 and v1, for one tenant. */
const issuersOf = (tenantId: string): string[] => [
  `https://login.microsoftonline.com/${tenantId}/v2.0`,
  `https://sts.windows.net/${tenantId}/`,
];

/**
 * Checks a Teams SSO token (authentication.getAuthToken): RS256 signed by a key of the JWKS, not expired,
 * for our client id or App ID URI, issued by Entra for an allowed tenant, with the access_as_user scope.
 */
export function ssoTokenVerifier(sso: SsoConfig, keys?: JWTVerifyGetKey): (token: string) => Promise<TokenCheck> {
  const { createRemoteJWKSet, decodeJwt, errors, jwtVerify } = jose();
  const jwks = keys ?? createRemoteJWKSet(new URL(sso.jwksUrl));
  const audience = [sso.clientId, ...(sso.appIdUri ? [sso.appIdUri] : [])];
  return async (token) => {
    let tenantId: string;
    try {
      const tid = decodeJwt(token).tid;
      tenantId = typeof tid === 'string' ? tid : '';
    } catch {
      return { ok: false, reason: 'malformed token' };
    }
    if (!sso.allowedTenants.includes(tenantId)) return { ok: false, reason: 'tenant not allowed' };
    try {
      const { payload } = await jwtVerify(token, jwks, {
        algorithms: ['RS256'],
        audience,
        issuer: issuersOf(tenantId),
        requiredClaims: ['exp', 'oid', 'tid'],
      });
      const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
      if (!scopes.includes(SCOPE)) return { ok: false, reason: `scope ${SCOPE} missing` };
      const name =
        typeof payload.name === 'string'
          ? payload.name
          : typeof payload.preferred_username === 'string'
            ? payload.preferred_username
            : '';
      return { ok: true, identity: { oid: String(payload.oid), name, tenantId, local: false } };
    } catch (error) {
      return { ok: false, reason: error instanceof errors.JOSEError ? error.code : 'invalid token' };
    }
  };
}
