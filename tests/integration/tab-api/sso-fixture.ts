import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type * as Jose from 'jose' with { 'resolution-mode': 'import' };
import type { SsoConfig } from '../../../server/config/sso-config';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const jose = require('jose') as typeof Jose;

export const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
export const APP_ID_URI = `api://tab.example/${CLIENT_ID}`;
export const TENANT = 'aaaaaaaa-0000-0000-0000-000000000001';
export const OTHER_TENANT = 'bbbbbbbb-0000-0000-0000-000000000002';

/** Our own signing keys and a JWKS served on loopback, as Entra serves its keys. */
export async function startSigner() {
  const { privateKey, publicKey } = await jose.generateKeyPair('RS256');
  const forger = await jose.generateKeyPair('RS256');
  const jwk = { ...(await jose.exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/discovery/v2.0/keys`;
  const sso: SsoConfig = { clientId: CLIENT_ID, appIdUri: APP_ID_URI, allowedTenants: [TENANT], jwksUrl };

  /** A token as Teams' getAuthToken returns it; `over` changes claims, `key` signs with another key. */
  const token = async (
    oid: string,
    over: Record<string, unknown> = {},
    options: { key?: 'forged'; expiresIn?: string } = {},
  ) => {
    const tid = (over.tid as string | undefined) ?? TENANT;
    return new jose.SignJWT({ oid, tid, name: `User ${oid}`, scp: 'access_as_user', ver: '2.0', ...over })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer((over.iss as string | undefined) ?? `https://login.microsoftonline.com/${tid}/v2.0`)
      .setAudience((over.aud as string | undefined) ?? CLIENT_ID)
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '1h')
      .sign(options.key === 'forged' ? forger.privateKey : privateKey);
  };
  const hsToken = async (oid: string) =>
    new jose.SignJWT({ oid, tid: TENANT, scp: 'access_as_user' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
      .setAudience(CLIENT_ID)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a-shared-secret-that-is-long-enough-for-hs256'));
  return { sso, token, hsToken, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
