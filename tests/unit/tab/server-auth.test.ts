import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { authenticate, LOCAL_USER_HEADER, type AuthSettings } from '../../../server/auth/authenticate';
import { readLocalSample } from '../../../server/auth/local-identities';
import { ConfigError } from '../../../server/config';
import { ENTRA_JWKS_URL, readSsoConfig } from '../../../server/config/sso-config';

const request = (remoteAddress: string, headers: Record<string, string> = {}) =>
  ({ socket: { remoteAddress }, headers }) as unknown as IncomingMessage;
const griet = { userId: 'user-id-0', name: 'Griet Van Damme', aadObjectId: '00000000-0000-0000-0000-0000000000020' };
const local: AuthSettings = { mode: 'local', localUsers: [griet] };

describe('who is asking', () => {
  it('takes the local identity from loopback only, in local mode only', async () => {
    expect(await authenticate(request('127.0.0.1', { [LOCAL_USER_HEADER]: 'user-id-0' }), local)).toMatchObject({
      ok: true,
      identity: { oid: griet.aadObjectId, userId: 'user-id-0', local: true },
    });
    expect(await authenticate(request('::ffff:127.0.0.1', { [LOCAL_USER_HEADER]: 'user-id-0' }), local)).toMatchObject({
      ok: true,
    });
    expect(await authenticate(request('192.0.2.7', { [LOCAL_USER_HEADER]: 'user-id-0' }), local)).toEqual({
      ok: false,
      status: 403,
      reason: 'local mode serves loopback only',
    });
    expect(await authenticate(request('127.0.0.1', { [LOCAL_USER_HEADER]: 'someone-else' }), local)).toMatchObject({
      ok: false,
      status: 401,
    });
    expect(
      await authenticate(request('127.0.0.1', { [LOCAL_USER_HEADER]: 'user-id-0' }), { ...local, mode: 'cloud' }),
    ).toMatchObject({ ok: false, status: 401, reason: 'no token' });
  });

  it('asks the token checker about a Bearer token and refuses what it refuses', async () => {
    const verify = (token: string) =>
      Promise.resolve(
        token === 'good'
          ? { ok: true as const, identity: { oid: 'o', name: 'N', tenantId: 't', local: false } }
          : { ok: false as const, reason: 'bad' },
      );
    const cloud: AuthSettings = { mode: 'cloud', localUsers: [], verify };
    expect(await authenticate(request('192.0.2.7', { authorization: 'Bearer good' }), cloud)).toMatchObject({
      ok: true,
      identity: { oid: 'o' },
    });
    expect(await authenticate(request('192.0.2.7', { authorization: 'Bearer nope' }), cloud)).toEqual({
      ok: false,
      status: 401,
      reason: 'bad',
    });
    expect(await authenticate(request('192.0.2.7', { authorization: 'Basic x' }), cloud)).toMatchObject({
      ok: false,
      status: 401,
    });
  });
});

describe('the SSO settings', () => {
  it('are optional in local mode and complete in Teams mode', () => {
    expect(readSsoConfig({}, 'local')).toBeUndefined();
    expect(
      readSsoConfig(
        {
          LEERKRING_SSO_CLIENT_ID: 'cid',
          LEERKRING_ALLOWED_TENANTS: ' t1 , t2 ',
          LEERKRING_SSO_APP_ID_URI: 'api://host/cid',
        },
        'cloud',
      ),
    ).toEqual({
      clientId: 'cid',
      appIdUri: 'api://host/cid',
      allowedTenants: ['t1', 't2'],
      jwksUrl: ENTRA_JWKS_URL,
    });
  });

  it('name what is missing and where to find it', () => {
    expect(() => readSsoConfig({}, 'cloud')).toThrow(ConfigError);
    expect(() => readSsoConfig({ LEERKRING_SSO_CLIENT_ID: 'cid' }, 'cloud')).toThrow(
      /LEERKRING_ALLOWED_TENANTS: comma-separated Microsoft Entra tenant IDs/,
    );
    expect(() =>
      readSsoConfig(
        { LEERKRING_SSO_CLIENT_ID: 'cid', LEERKRING_ALLOWED_TENANTS: 't', LEERKRING_SSO_APP_ID_URI: 'https://x' },
        'cloud',
      ),
    ).toThrow(/LEERKRING_SSO_APP_ID_URI: must start with api:\/\//);
  });
});

describe('the local sample people', () => {
  it("are the Playground's: its current user first, then its five users, and its channel", () => {
    const sample = readLocalSample(path.join(__dirname, '..', '..', '..', '.m365agentsplayground.yml'));
    expect(sample.users.map((u) => u.userId)).toEqual([
      'user-id-0',
      'user-id-1',
      'user-id-2',
      'user-id-3',
      'user-id-4',
      'user-id-5',
    ]);
    expect(sample.users[0]).toEqual(griet);
    expect(sample.place).toEqual({ teamId: 'team-plg-anatomie-fysiologie', channelId: 'channel-bijeenkomsten' });
  });
});
