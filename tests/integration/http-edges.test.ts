import http from 'node:http';
import { message, users } from '../fakes/activities';
import { FRAME_ANCESTORS } from '../../server/http-edge';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  jest.restoreAllMocks();
  await h.stop();
});

/** A raw request, so Host and Origin can be set as a browser or a rebinding page would. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body = '',
): Promise<{ status: number; text: string }> {
  const url = new URL(h.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const LOCAL_USER = { 'x-leerkring-local-user': 'user-id-0', 'accept-language': 'en' };

describe('one error edge for every route', () => {
  it('answers a fault with a reference, logs it once and leaks no internal text', async () => {
    jest
      .spyOn(h.app.deps.store.communities, 'findByChannel')
      .mockRejectedValue(new Error('SQLITE_BUSY: database is locked (/srv/data/leerkring.db)'));
    const res = await fetch(`${h.url}/api/tab/me?channelId=19%3Ageneral%40thread.tacv2`, { headers: LOCAL_USER });
    const text = await res.text();
    expect(res.status).toBe(500);
    const body = JSON.parse(text) as { error: { code: string; ref: string; message: string } };
    expect(body).toEqual({
      error: {
        code: 'errors.unexpected',
        ref: expect.stringMatching(/^[0-9a-f]{8}$/) as unknown,
        message: `Something went wrong on my side. Please try again. (Reference: ${body.error.ref})`,
      },
    });
    expect(text).not.toMatch(/SQLITE|leerkring\.db|\/srv/);
    expect(h.errors).toHaveLength(1);
    expect(h.errors[0]).toContain(body.error.ref);
    expect(h.errors[0]).toContain('SQLITE_BUSY');
  });

  it("answers a fault of an export link the same way, in the reader's language", async () => {
    jest.spyOn(h.app.deps.store.documents, 'get').mockRejectedValue(new Error('SQLITE_BUSY /srv/data/leerkring.db'));
    const res = await fetch(`${h.url}/exports/${'a'.repeat(43)}.zip`, { headers: { 'accept-language': 'nl-BE' } });
    const body = (await res.json()) as { error: { code: string; ref: string; message: string } };
    expect([res.status, body.error.code]).toEqual([500, 'errors.unexpected']);
    expect(body.error.message).toBe(`Er ging bij mij iets mis. Probeer het opnieuw. (Referentie: ${body.error.ref})`);
    expect(JSON.stringify(body)).not.toMatch(/SQLITE|\/srv/);
    expect(h.errors).toHaveLength(1);
  });

  it.each([
    ['an unknown export link', '/exports/nothing.zip'],
    ['an unknown calendar file', '/calendar/nobody/nothing.ics'],
    ['an unknown route', '/no/such/route'],
  ])('answers %s with a 404 in the same shape', async (_name, path) => {
    const res = await fetch(`${h.url}${path}`, { headers: { 'accept-language': 'en' } });
    expect([res.status, await res.json()]).toEqual([
      404,
      { error: { code: 'errors.http.notFound', message: 'That page or file does not exist (any more).' } },
    ]);
  });

  it('answers unreadable JSON with a 400 in the same shape', async () => {
    const res = await raw('POST', '/api/messages', { 'content-type': 'application/json', host: 'localhost' }, '{oops');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text)).toMatchObject({ error: { code: 'errors.http.badRequest' } });
    expect(h.errors).toHaveLength(0);
  });
});

describe('local mode answers this computer only', () => {
  const activity = () => JSON.stringify(message('/start-bijeenkomst', users.griet, { serviceUrl: h.connector.url }));

  it.each([
    ['text/plain', 'text/plain', 415, 'errors.http.unsupportedType'],
    ['form-encoded', 'application/x-www-form-urlencoded', 415, 'errors.http.unsupportedType'],
    // The body parser refuses this one before the route does.
    ['multipart', 'multipart/form-data; boundary=x', 400, 'errors.http.badRequest'],
  ])('refuses a %s POST to the bot (a cross-site form needs no preflight)', async (_name, type, status, code) => {
    const res = await raw('POST', '/api/messages', { 'content-type': type, host: '127.0.0.1' }, activity());
    expect([res.status, JSON.parse(res.text)]).toMatchObject([status, { error: { code } }]);
    expect(h.connector.calls).toHaveLength(0);
  });

  it('refuses a request whose Host is not loopback (DNS rebinding)', async () => {
    for (const path of ['/api/messages', '/healthz', '/tab/', '/api/tab/settings']) {
      const res = await raw(path === '/api/messages' ? 'POST' : 'GET', path, {
        'content-type': 'application/json',
        host: 'evil.example:3978',
      });
      expect([path, res.status, JSON.parse(res.text)]).toMatchObject([
        path,
        421,
        { error: { code: 'errors.http.wrongHost' } },
      ]);
    }
    expect(h.connector.calls).toHaveLength(0);
  });

  it('refuses a request from a foreign Origin, and serves the loopback ones', async () => {
    const post = (origin: string) =>
      raw('POST', '/api/messages', { 'content-type': 'application/json', host: 'localhost', origin }, activity());
    for (const origin of ['https://evil.example', 'http://127.0.0.1.evil.example', 'null']) {
      const res = await post(origin);
      expect([origin, res.status, JSON.parse(res.text)]).toMatchObject([
        origin,
        403,
        { error: { code: 'errors.http.foreignOrigin' } },
      ]);
    }
    expect(h.connector.calls).toHaveLength(0);
    // The Playground's web page, and a plain JSON post as the Playground's server sends it.
    expect((await post('http://localhost:56150')).status).toBe(200);
    expect((await h.post(message('/help', users.griet, { serviceUrl: h.connector.url }))).status).toBe(200);
  });
});

describe('security headers', () => {
  it.each([
    ['the tab page', '/tab/'],
    ['an API answer', '/api/tab/settings'],
    ['a refusal', '/no/such/route'],
  ])('are on %s, with the hosts that may frame the tab', async (_name, path) => {
    const res = await fetch(`${h.url}${path}`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const csp = res.headers.get('content-security-policy') ?? '';
    const ancestors = /frame-ancestors ([^;]+)/.exec(csp)?.[1]?.split(' ') ?? [];
    expect(ancestors).toEqual(expect.arrayContaining(["'self'", ...FRAME_ANCESTORS, 'http://localhost:*']));
    for (const host of [
      'https://teams.microsoft.com',
      'https://*.teams.microsoft.com',
      'https://*.teams.cloud.microsoft',
      'https://outlook.office.com',
      'https://outlook.office365.com',
      'https://*.office.com',
      'https://*.microsoft365.com',
      'https://*.cloud.microsoft',
    ])
      expect(ancestors).toContain(host);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
  });
});
