import type { IncomingMessage } from 'node:http';
import type { LocalUser } from './local-identities';
import type { Identity, TokenCheck } from './sso-token';

/** The header the local tab sends to say which sample person it plays. */
export const LOCAL_USER_HEADER = 'x-leerkring-local-user';

export interface AuthSettings {
  mode: 'local' | 'cloud';
  /** Checks a Teams SSO token; absent when no SSO is configured (local mode only). */
  verify?: (token: string) => Promise<TokenCheck>;
  localUsers: readonly LocalUser[];
}

export type AuthOutcome = { ok: true; identity: Identity } | { ok: false; status: 401 | 403; reason: string };

export const isLoopback = (address: string | undefined): boolean =>
  address !== undefined && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));

/**
 * Who is asking. In local mode only loopback requests are served, and the local identity header
 * is accepted; with SSO configured a Bearer token is checked. Anything else is refused.
 */
export async function authenticate(req: IncomingMessage, settings: AuthSettings): Promise<AuthOutcome> {
  if (settings.mode === 'local') {
    if (!isLoopback(req.socket.remoteAddress))
      return { ok: false, status: 403, reason: 'local mode serves loopback only' };
    const wanted = header(req, LOCAL_USER_HEADER);
    if (wanted) {
      const user = settings.localUsers.find((u) => u.userId === wanted || u.aadObjectId === wanted);
      if (!user) return { ok: false, status: 401, reason: 'unknown local user' };
      return {
        ok: true,
        identity: { oid: user.aadObjectId, userId: user.userId, name: user.name, tenantId: 'local', local: true },
      };
    }
  }
  const bearer = /^Bearer\s+(\S+)$/i.exec(header(req, 'authorization') ?? '')?.[1];
  if (!bearer) return { ok: false, status: 401, reason: 'no token' };
  if (!settings.verify) return { ok: false, status: 401, reason: 'SSO is not configured' };
  const checked = await settings.verify(bearer);
  return checked.ok ? checked : { ok: false, status: 401, reason: checked.reason };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
