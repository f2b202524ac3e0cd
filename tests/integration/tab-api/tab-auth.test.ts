import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../../server/app';
import { loadConfig } from '../../../server/config';
import { startSession } from '../../../domain/session/start-session';
import { APP_ID_URI, OTHER_TENANT, TENANT, startSigner } from './sso-fixture';

type Signer = Awaited<ReturnType<typeof startSigner>>;
let signer: Signer;
let app: App;
let url: string;
const ids: Record<string, string> = {};

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const placeOf = (team: string) => ({
  channel: { teamId: `19:${team}@thread.tacv2`, channelId: `19:${team}-general@thread.tacv2` },
  name: team,
  language: 'nl' as const,
});

beforeAll(async () => {
  signer = await startSigner();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-tab-auth-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LEERKRING_DATA_DIR: dataDir,
    MicrosoftAppId: 'bot-app',
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppTenantId: TENANT,
    MicrosoftAppPassword: 'not-a-real-secret',
    LEERKRING_SSO_CLIENT_ID: 'tab-app',
    LEERKRING_ALLOWED_TENANTS: TENANT,
  });
  app = createApp(config, { log: silent, tab: { sso: signer.sso } });
  ({ url } = await app.listen());
  const a = await startSession(app.deps, {
    place: placeOf('team-a'),
    actor: { userId: '29:anna', name: 'Anna', aadObjectId: 'oid-anna' },
    format: 'regular',
  });
  const b = await startSession(app.deps, {
    place: placeOf('team-b'),
    actor: { userId: '29:bert', name: 'Bert', aadObjectId: 'oid-bert' },
    format: 'regular',
  });
  if (!a.ok || !b.ok) throw new Error('setup failed');
  ids.a = a.value.community.id;
  ids.b = b.value.community.id;
});

afterAll(async () => {
  await app.close();
  await signer.stop();
});

const get = (route: string, token?: string) =>
  fetch(`${url}${route}`, {
    headers: token ? { authorization: `Bearer ${token}`, 'accept-language': 'en-US' } : { 'accept-language': 'en-US' },
  });

describe('the tab API refuses requests without a valid Teams SSO token', () => {
  it('answers a member with a valid token', async () => {
    const res = await get(`/api/tab/communities/${ids.a}/driver`, await signer.token('oid-anna'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ revision: 0, driver: { endGoal: '' } });
  });

  it.each([
    ['no token', () => Promise.resolve(undefined)],
    ['an expired token', async () => signer.token('oid-anna', {}, { expiresIn: '-5m' })],
    ['a token for another audience', async () => signer.token('oid-anna', { aud: 'api://someone-else' })],
    ['a token of a tenant not on the allow-list', async () => signer.token('oid-anna', { tid: OTHER_TENANT })],
    [
      'a forged token (signed with a key that is not in the JWKS)',
      async () => signer.token('oid-anna', {}, { key: 'forged' }),
    ],
    ['an HS256 token', async () => signer.hsToken('oid-anna')],
    ['a token without the access_as_user scope', async () => signer.token('oid-anna', { scp: 'User.Read' })],
    ['a token from another issuer', async () => signer.token('oid-anna', { iss: 'https://evil.example/v2.0' })],
    ['garbage', () => Promise.resolve('not.a.token')],
  ])('refuses %s with 401 and a message to sign in', async (_name, make) => {
    const res = await get(`/api/tab/communities/${ids.a}/driver`, await make());
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'tab.errors.signIn' } });
  });

  it('accepts a v1 token and the App ID URI as audience', async () => {
    const token = await signer.token('oid-anna', {
      iss: `https://sts.windows.net/${TENANT}/`,
      aud: APP_ID_URI,
      ver: '1.0',
    });
    expect((await get(`/api/tab/communities/${ids.a}/agenda`, token)).status).toBe(200);
  });

  it("does not let a member of team A read team B's community", async () => {
    const token = await signer.token('oid-anna');
    for (const view of ['driver', 'agenda', 'topics', 'history', 'community', 'events']) {
      const res = await get(`/api/tab/communities/${ids.b}/${view}`, token);
      expect([view, res.status]).toEqual([view, 403]);
    }
    const me = (team: string) => {
      const teamId = encodeURIComponent(`19:${team}@thread.tacv2`);
      const channelId = encodeURIComponent(`19:${team}-general@thread.tacv2`);
      return get(`/api/tab/me?teamId=${teamId}&channelId=${channelId}`, token).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as unknown,
      }));
    };
    const notMember = await me('team-b');
    expect(notMember.body).toMatchObject({ community: null });
    // The same answer as for a channel without a community: the tab does not reveal which channels have one.
    expect(notMember).toEqual(await me('team-without-community'));
  });

  it('ignores the local identity header outside local mode', async () => {
    const res = await fetch(`${url}/api/tab/communities/${ids.a}/driver`, {
      headers: { 'x-leerkring-local-user': 'oid-anna' },
    });
    expect(res.status).toBe(401);
  });
});
