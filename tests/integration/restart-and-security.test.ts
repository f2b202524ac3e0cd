import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { cardAction, message, users } from '../fakes/activities';
import { FakeBotConnector } from '../fakes/bot-connector';
import { cardOf, invokeCard, sessionIdOf, visibleText } from './card-reading';
import { startHarness } from './harness';

const root = path.join(__dirname, '..', '..');

describe('a restart in the middle of a session', () => {
  it('keeps the session, takes check-ins on the old card and updates the card posted before', async () => {
    const connector = new FakeBotConnector();
    await connector.start();
    const where = { serviceUrl: connector.url };
    const first = await startHarness({ connector });
    await first.post(message('/start-bijeenkomst', users.griet, where));
    const cardCall = connector.sent().at(-1);
    const sessionId = sessionIdOf(cardCall);
    await first.post(
      cardAction('checkin.submit', { sessionId, phaseIndex: 0, cardVersion: 1, mood: 'sunny' }, users.pieter, where),
    );
    await first.stop();

    const second = await startHarness({ connector, dataDir: first.dataDir });
    const res = await second.post(
      cardAction('checkin.submit', { sessionId, phaseIndex: 0, cardVersion: 1, mood: 'rainy' }, users.lotte, where),
    );
    expect(visibleText(invokeCard(res.body))).toContain('Bedankt, Lotte Janssens: je check-in is bewaard.');
    await connector.waitFor(() =>
      connector.updates().some((u) => visibleText(cardOf(u.activity)).includes('2 leden hebben ingecheckt.')),
    );
    expect(connector.updates().at(-1)?.activityId).toBe(cardCall?.activityId);
    const [next] = [await second.post(message('/volgende', users.griet, where))];
    expect(next.status).toBe(200);
    expect(visibleText(cardOf(connector.sent().at(-1)!.activity))).toContain('Fase 2 van 5 · 25 minuten');
    await second.stop();
    await connector.stop();
  });
});

describe('health', () => {
  it('reports the version, the mode and the store in local mode', async () => {
    const h = await startHarness();
    const res = await fetch(`${h.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown,
      mode: 'local',
      store: { kind: 'sqlite', location: path.join(h.dataDir, 'leerkring.db'), ok: true },
    });
    await h.stop();
  });
});

describe('outside local mode', () => {
  it('refuses requests that the Bot Framework did not sign', async () => {
    const rejections = jest.spyOn(console, 'error').mockImplementation(() => undefined); // botbuilder's own printing
    const connector = new FakeBotConnector();
    await connector.start();
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LEERKRING_DB: ':memory:',
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000002',
      MicrosoftAppPassword: 'fake-pw-1',
      LEERKRING_SSO_CLIENT_ID: '00000000-0000-0000-0000-000000000003',
      LEERKRING_ALLOWED_TENANTS: '00000000-0000-0000-0000-000000000002',
    });
    const app = createApp(config, { log: { info: () => undefined, warn: () => undefined, error: () => undefined } });
    const { url } = await app.listen();
    const body = JSON.stringify(message('/start-session', users.griet, { serviceUrl: connector.url }));
    const unsigned = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const forged = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x' },
      body,
    });
    expect(unsigned.status).toBe(401);
    expect(forged.status).toBe(401);
    expect(await forged.text()).toBe('{"error":{"code":"errors.auth.unauthorized"}}');
    expect(connector.calls).toHaveLength(0);
    expect(rejections).not.toHaveBeenCalled();
    rejections.mockRestore();
    await app.close();
    await connector.stop();
  });

  it('does not start without a complete bot identity, and names what is missing', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'server', 'main.ts')],
      {
        env: { PATH: process.env.PATH, MicrosoftAppId: 'app-1', MicrosoftAppPassword: 'fake-pw-7Qz', PORT: '0' },
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Leerkring cannot start.');
    expect(run.stderr).toContain('MicrosoftAppType');
    expect(run.stderr).toContain('MicrosoftAppTenantId');
    expect(run.stderr + run.stdout).not.toContain('fake-pw-7Qz');
  });
});
