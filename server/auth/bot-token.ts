import type * as Jose from 'jose' with { 'resolution-mode': 'import' };
import type { JSONWebKeySet } from 'jose' with { 'resolution-mode': 'import' };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jose = (): typeof Jose => require('jose') as typeof Jose;

/** Where the Bot Connector's signing keys are published, and who its tokens are for. */
export interface BotTokenSettings {
  appId: string;
  openIdMetadataUrl: string;
}

export const BOT_FRAMEWORK_METADATA = 'https://login.botframework.com/v1/.well-known/openidconfiguration';
const ISSUER = 'https://api.botframework.com';
const KEYS_FOR_MS = 60 * 60 * 1000;
/** A token naming a key we do not know may mean the keys rolled over: look again, but not on every request. */
const REFRESH_AFTER_MS = 5 * 60 * 1000;
const FETCH_TIMEOUT_MS = 5000;

export type BotTokenCheck = 'ok' | 'refused' | 'unavailable';

class Unavailable extends Error {}

/**
 * Checks a Bot Connector token before botbuilder sees it: RS256 with a key of the published set, for our app id,
 * from the Bot Framework, not expired (five minutes of clock skew, as botbuilder allows). Forged tokens are refused
 * here, quietly; botbuilder checks the rest (endorsements, serviceUrl) of what passes. "unavailable": the keys
 * could not be fetched.
 */
export function botTokenChecker(
  settings: BotTokenSettings,
  now: () => number = Date.now,
): (authorization: string) => Promise<BotTokenCheck> {
  let cached: { keys: JSONWebKeySet; at: number } | undefined;
  const fetchKeys = async (): Promise<JSONWebKeySet> => {
    const metadata = (await getJson(settings.openIdMetadataUrl)) as { jwks_uri?: unknown };
    if (typeof metadata.jwks_uri !== 'string') throw new Unavailable('no jwks_uri');
    const keys = (await getJson(metadata.jwks_uri)) as JSONWebKeySet;
    if (!Array.isArray(keys.keys)) throw new Unavailable('no keys');
    cached = { keys, at: now() };
    return keys;
  };
  const keysFor = async (kid: string): Promise<JSONWebKeySet> => {
    const known = cached?.keys.keys.some((k) => k.kid === kid);
    const age = cached ? now() - cached.at : Infinity;
    if (cached && age < KEYS_FOR_MS && (known || age < REFRESH_AFTER_MS)) return cached.keys;
    try {
      return await fetchKeys();
    } catch (error) {
      if (cached) return cached.keys; // the last keys we had still check tokens they signed
      throw error;
    }
  };
  return async (authorization) => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    if (!token) return 'refused';
    const { decodeProtectedHeader, createLocalJWKSet, jwtVerify } = jose();
    let kid: string;
    try {
      const header = decodeProtectedHeader(token);
      if (header.alg !== 'RS256' || typeof header.kid !== 'string') return 'refused';
      kid = header.kid;
    } catch {
      return 'refused';
    }
    let keys: JSONWebKeySet;
    try {
      keys = await keysFor(kid);
    } catch {
      return 'unavailable';
    }
    try {
      await jwtVerify(token, createLocalJWKSet(keys), {
        algorithms: ['RS256'],
        issuer: ISSUER,
        audience: settings.appId,
        clockTolerance: 300,
        requiredClaims: ['exp'],
      });
      return 'ok';
    } catch {
      return 'refused';
    }
  };
}

async function getJson(url: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch {
    throw new Unavailable('unreachable');
  }
  if (!res.ok) throw new Unavailable(`status ${res.status}`);
  return res.json().catch(() => {
    throw new Unavailable('not JSON');
  });
}
