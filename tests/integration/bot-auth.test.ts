import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type * as Jose from 'jose' with { 'resolution-mode': 'import' };
import { createApp, type App } from '../../server/app';
import { loadConfig } from '../../server/config';
import type { Logger } from '../../domain/ports';
import { cardAction, users } from '../fakes/activities';
import { FakeBotConnector } from '../fakes/bot-connector';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const jose = require('jose') as typeof Jose;

const APP_ID = '00000000-0000-0000-0000-0000000000b1';
const TENANT = '00000000-0000-0000-0000-0000000000b2';
const ISSUER = 'https://api.botframework.com';
const REFUSED = '{"error":{"code":"errors.auth.unauthorized"}}';
const UNAVAILABLE = '{"error":{"code":"errors.auth.unavailable"}}';

/** A stand-in for login.botframework.com: the OpenID metadata and the key set, signed tokens for our tests. */
async function startKeyServer() {
  const own = await jose.generateKeyPair('RS256', { extractable: true });
  const foreign = await jose.generateKeyPair('RS256');
  const jwk = { ...(await jose.exportJWK(own.publicKey)), kid: 'bf-key', use: 'sig', endorsements: ['msteams'] };
  const state = { fetches: 0, failing: false };
  const server = http.createServer((req, res) => {
    state.fetches += 1;
    if (state.failing) {
      res.writeHead(500);
      return void res.end();
    }
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(req.url === '/keys' ? { keys: [jwk] } : { issuer: ISSUER, jwks_uri: `${base}/keys` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const metadataUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`;
  const claims = (serviceUrl: string, over: Record<string, unknown> = {}) => ({
    iss: ISSUER,
    aud: APP_ID,
    serviceurl: serviceUrl, // the Bot Connector names the claim in lower case
    exp: Math.floor(Date.now() / 1000) + 3600,
    nbf: Math.floor(Date.now() / 1000) - 60,
    ...over,
  });
  const sign = (payload: Record<string, unknown>, key: Jose.CryptoKey = own.privateKey) =>
    new jose.SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: 'bf-key' }).sign(key);
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return {
    state,
    metadataUrl,
    valid: (serviceUrl: string) => sign(claims(serviceUrl)),
    forged: (serviceUrl: string) => ({
      'alg none': Promise.resolve(`${b64({ alg: 'none', kid: 'bf-key' })}.${b64(claims(serviceUrl))}.`),
      'a foreign key': sign(claims(serviceUrl), foreign.privateKey),
      'HS256 with the public key as secret': jose
        .exportSPKI(own.publicKey)
        .then((pem) =>
          new jose.SignJWT(claims(serviceUrl))
            .setProtectedHeader({ alg: 'HS256', kid: 'bf-key' })
            .sign(new TextEncoder().encode(pem)),
        ),
      'an expired token': sign(claims(serviceUrl, { exp: Math.floor(Date.now() / 1000) - 600 })),
      'another audience': sign(claims(serviceUrl, { aud: 'someone-else' })),
      'another issuer': sign(claims(serviceUrl, { iss: 'https://evil.example' })),
      // Passes our check; botbuilder refuses it (the token was issued for replies to another service).
      'a token for another serviceUrl': sign(claims('https://evil.example/')),
      garbage: Promise.resolve('not-a-jwt'),
    }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type KeyServer = Awaited<ReturnType<typeof startKeyServer>>;

function recordingLog() {
  const lines: string[] = [];
  const log: Logger = {
    info: () => undefined,
    warn: (m, f) => lines.push(`warn ${m} ${JSON.stringify(f ?? {})}`),
    error: (m, f) => lines.push(`error ${m} ${JSON.stringify(f ?? {})}`),
  };
  return { log, lines };
}

async function startCloudApp(metadataUrl: string, log: Logger): Promise<{ app: App; url: string }> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LEERKRING_DB: ':memory:',
    MicrosoftAppId: APP_ID,
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppTenantId: TENANT,
    MicrosoftAppPassword: 'fake-pw-bot-auth',
    LEERKRING_SSO_CLIENT_ID: '00000000-0000-0000-0000-0000000000b3',
    LEERKRING_ALLOWED_TENANTS: TENANT,
  });
  const app = createApp(config, { log, botOpenIdMetadataUrl: metadataUrl });
  return { app, url: (await app.listen()).url };
}

const post = (url: string, body: unknown, token?: string) =>
  fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

let keys: KeyServer;
let connector: FakeBotConnector;
let printed: jest.SpyInstance[];

beforeEach(async () => {
  keys = await startKeyServer();
  connector = new FakeBotConnector();
  await connector.start();
  printed = (['error', 'warn', 'log'] as const).map((level) =>
    jest.spyOn(console, level).mockImplementation(() => undefined),
  );
});

afterEach(async () => {
  for (const spy of printed) spy.mockRestore();
  await connector.stop();
  await keys.stop();
});

const activity = () =>
  cardAction(
    'checkin.submit',
    { sessionId: 'no-such-session', phaseIndex: 0, cardVersion: 1, mood: 'sunny' },
    users.griet,
    {
      serviceUrl: connector.url,
    },
  );

describe('the bot endpoint outside local mode', () => {
  it('lets a token signed with the published key through to the bot', async () => {
    const { log } = recordingLog();
    const { app, url } = await startCloudApp(keys.metadataUrl, log);
    const res = await post(url, activity(), await keys.valid(connector.url));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('AdaptiveCard');
    await app.close();
  });

  it('refuses every forged or unfit token with a fixed 401, prints nothing and warns once a minute', async () => {
    const { log, lines } = recordingLog();
    const { app, url } = await startCloudApp(keys.metadataUrl, log);
    const forged = keys.forged(connector.url);
    const answers: [string, number, string][] = [];
    for (const [name, token] of Object.entries(forged)) {
      const res = await post(url, activity(), await token);
      answers.push([name, res.status, await res.text()]);
    }
    const unsigned = await post(url, activity());
    answers.push(['no token', unsigned.status, await unsigned.text()]);
    expect(answers).toEqual(
      [...Object.keys(forged), 'no token'].map((name): [string, number, string] => [name, 401, REFUSED]),
    );
    expect(connector.calls).toHaveLength(0);
    for (const spy of printed) expect(spy).not.toHaveBeenCalled();
    expect(lines).toEqual(['warn bot request refused: not signed by the Bot Framework {}']);
    expect(lines.join('\n')).not.toMatch(/jwt|signature|stack|at /i);
    await app.close();
  });

  it('answers 503 while the key endpoint fails, warns once, and recovers when it is back', async () => {
    const { log, lines } = recordingLog();
    keys.state.failing = true;
    const { app, url } = await startCloudApp(keys.metadataUrl, log);
    const token = await keys.valid(connector.url);
    const answers = [];
    for (let i = 0; i < 3; i += 1) {
      const res = await post(url, activity(), token);
      answers.push([res.status, await res.text()]);
    }
    expect(answers).toEqual([
      [503, UNAVAILABLE],
      [503, UNAVAILABLE],
      [503, UNAVAILABLE],
    ]);
    expect(lines).toEqual(['warn bot request refused: the Bot Framework signing keys could not be fetched {}']);
    for (const spy of printed) expect(spy).not.toHaveBeenCalled();
    keys.state.failing = false;
    expect((await post(url, activity(), token)).status).toBe(200);
    await app.close();
  });

  it('answers 503 when the key endpoint cannot be reached at all', async () => {
    const { log, lines } = recordingLog();
    const down = keys.metadataUrl;
    await keys.stop();
    keys = await startKeyServer(); // for afterEach; the app asks the stopped one
    const { app, url } = await startCloudApp(down, log);
    const res = await post(url, activity(), await keys.valid(connector.url));
    expect([res.status, await res.text()]).toEqual([503, UNAVAILABLE]);
    expect(lines).toHaveLength(1);
    await app.close();
  });

  it('shows only the status on /healthz', async () => {
    const { log } = recordingLog();
    const { app, url } = await startCloudApp(keys.metadataUrl, log);
    const res = await fetch(`${url}/healthz`);
    expect([res.status, await res.json()]).toEqual([200, { status: 'ok' }]);
    await app.close();
  });
});
