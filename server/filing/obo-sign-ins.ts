import { OnBehalfOfCredential, type TokenCredential } from '@azure/identity';
import type { FilingRequester } from '../../domain/report/filing';
import type { DelegatedSignIns } from './graph-access';

export interface OboSettings {
  tenantId: string;
  /** The app registration the tab's SSO token is issued to (the manifest's webApplicationInfo.id). */
  clientId: string;
  clientSecret: string;
  /** Entra's host; a local fake in tests of the wiring. */
  authorityHost?: string;
}

interface Remembered {
  expiresAt: number;
  credential: TokenCredential;
}

/**
 * Delegated sign-ins from the tab's SSO tokens, exchanged on behalf of the user (OBO) for Graph tokens. Tokens are
 * kept in memory only, never in the store: a restart forgets them, and an SSO token lives about an hour, so a job
 * that waits longer than that needs the facilitator back (opening the tab or /report does it).
 */
export function oboSignIns(
  settings: OboSettings,
  now: () => number = Date.now,
): DelegatedSignIns & {
  /**
   * Remember a validated SSO token (signature and audience checked by the tab API) of this user, until it expires.
   * True when no usable sign-in of theirs was at hand before: reports waiting for one can go now.
   */
  remember(aadObjectId: string, ssoToken: string, expiresAt?: Date): boolean;
} {
  const byUser = new Map<string, Remembered>();
  const usable = (remembered: Remembered | undefined) =>
    remembered !== undefined && remembered.expiresAt > now() + 60_000;
  return {
    remember(aadObjectId, ssoToken, expiresAt) {
      const until = expiresAt?.getTime() ?? expiryOf(ssoToken);
      if (!until) return false;
      const fresh = !usable(byUser.get(aadObjectId));
      const credential = new OnBehalfOfCredential({ ...settings, userAssertionToken: ssoToken });
      byUser.set(aadObjectId, { expiresAt: until, credential });
      return fresh;
    },
    credentialFor(requester: FilingRequester) {
      const remembered = requester.aadObjectId ? byUser.get(requester.aadObjectId) : undefined;
      return usable(remembered) ? remembered?.credential : undefined;
    },
  };
}

/** The `exp` of a JWT already verified elsewhere, in ms; undefined when unreadable. */
function expiryOf(jwt: string): number | undefined {
  try {
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
