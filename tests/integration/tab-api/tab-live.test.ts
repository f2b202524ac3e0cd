import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../../server/app';
import { loadConfig } from '../../../server/config';
import { CHANNEL, TEAM, cardAction, message } from '../../fakes/activities';
import { FakeBotConnector } from '../../fakes/bot-connector';

// Two server instances on one store (one SQLite file): the bot runs on one, the tab reads the other.
const griet = { id: 'user-id-0', name: 'Griet Van Damme', aadObjectId: '00000000-0000-0000-0000-0000000000020' };
const pieter = { id: 'user-id-1', name: 'Pieter Claes', aadObjectId: '00000000-0000-0000-0000-0000000000021' };
const local = { users: [griet, pieter].map((u) => ({ userId: u.id, name: u.name, aadObjectId: u.aadObjectId })) };
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

let connector: FakeBotConnector;
let bot: App;
let tab: App;
let botUrl: string;
let tabUrl: string;
let communityId: string;

beforeAll(async () => {
  connector = new FakeBotConnector();
  await connector.start();
  connector.roster = [griet, pieter];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-tab-live-'));
  const config = loadConfig({ PORT: '0', LEERKRING_DATA_DIR: dataDir });
  bot = createApp(config, { log: silent, cardUpdateIntervalMs: 50, tab: { local } });
  tab = createApp(config, { log: silent, tab: { local, liveIntervalMs: 200 } });
  ({ url: botUrl } = await bot.listen());
  ({ url: tabUrl } = await tab.listen());
  await say('/start-session');
  communityId = (await tab.deps.store.communities.findByChannel({ teamId: TEAM.id, channelId: CHANNEL.id }))!.value.id;
});

afterAll(async () => {
  await tab.close();
  await bot.close();
  await connector.stop();
});

async function say(text: string) {
  await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(message(text, griet, { serviceUrl: connector.url, locale: 'en-US' })),
  });
}

const as = (userId: string) => ({
  'x-leerkring-local-user': userId,
  'accept-language': 'en-US',
  'content-type': 'application/json',
});

/** Reads `change` events from the stream until `count` arrived. */
async function changes(res: Response, count: number, between?: () => Promise<void>): Promise<number> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let seen = 0;
  let text = '';
  while (seen < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    const now = (text.match(/event: change/g) ?? []).length;
    if (now > seen) {
      seen = now;
      if (seen < count) await between?.();
    }
  }
  await reader.cancel();
  return seen;
}

describe('live updates', () => {
  it('tell every tab on one instance what the bot on another instance did', async () => {
    const controller = new AbortController();
    const first = await fetch(`${tabUrl}/api/tab/communities/${communityId}/events`, {
      headers: as('user-id-1'),
      signal: controller.signal,
    });
    const second = await fetch(`${tabUrl}/api/tab/communities/${communityId}/events`, {
      headers: as('user-id-0'),
      signal: controller.signal,
    });
    expect(first.headers.get('content-type')).toContain('text/event-stream');
    const watched = changes(second, 2);
    expect(await changes(first, 2, () => say('/next'))).toBe(2);
    expect(await watched).toBe(2);
    const agenda = (await (
      await fetch(`${tabUrl}/api/tab/communities/${communityId}/agenda`, { headers: as('user-id-1') })
    ).json()) as { running: { phaseIndex: number } };
    expect(agenda.running.phaseIndex).toBe(1);
    controller.abort();
  });
});

describe('the API', () => {
  it('refuses members what only facilitators may do, with a localised reason', async () => {
    const res = await fetch(`${tabUrl}/api/tab/communities/${communityId}/session/step`, {
      method: 'POST',
      headers: as('user-id-1'),
      body: JSON.stringify({ step: 1 }),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: {
        code: 'errors.role.facilitatorOnly',
        message: 'Only a facilitator can do that. The facilitators of this community: Griet Van Damme.',
      },
    });
  });

  it("shows the facilitators every member's check-in, and refuses it to members", async () => {
    const latest = await tab.deps.store.sessions.latest(communityId);
    const checkIn = { sessionId: latest!.value.id, phaseIndex: 0, cardVersion: 1 };
    const answers = { mood: 'rainy', sinceLastTime: 'Rubric getest in 5B', obstacles: 'Te weinig tijd' };
    await fetch(`${botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        cardAction('checkin.submit', { ...checkIn, ...answers }, pieter, {
          serviceUrl: connector.url,
          locale: 'en-US',
        }),
      ),
    });
    const refused = await fetch(`${tabUrl}/api/tab/communities/${communityId}/check-ins`, { headers: as(pieter.id) });
    expect(refused.status).toBe(403);
    expect(JSON.stringify(await refused.json())).not.toContain('Rubric');
    const shown = await fetch(`${tabUrl}/api/tab/communities/${communityId}/check-ins`, { headers: as(griet.id) });
    expect(shown.status).toBe(200);
    const { overview } = (await shown.json()) as {
      overview: { summary: { moods: Record<string, number> }; checkIns: Record<string, unknown>[] };
    };
    expect(overview.summary.moods.rainy).toBe(1);
    expect(overview.checkIns).toEqual([expect.objectContaining({ userName: 'Pieter Claes', ...answers })]);
  });

  it("gives a facilitator the community's export as a zip, and refuses a member", async () => {
    const refused = await fetch(`${tabUrl}/api/tab/communities/${communityId}/export`, {
      method: 'POST',
      headers: as(pieter.id),
      body: '{}',
    });
    expect(refused.status).toBe(403);
    const asked = await fetch(`${tabUrl}/api/tab/communities/${communityId}/export`, {
      method: 'POST',
      headers: as(griet.id),
      body: '{}',
    });
    expect(asked.status).toBe(200);
    const { url } = (await asked.json()) as { url: string };
    const zip = await fetch(`${tabUrl}${url}`);
    expect(zip.status).toBe(200);
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(JSON.parse(strFromU8(files['community.json']!))).toMatchObject({ community: { id: communityId } });
  });

  it('answers invalid input with 400 and the field, in Dutch for a Dutch reader', async () => {
    const res = await fetch(`${tabUrl}/api/tab/communities/${communityId}/driver`, {
      method: 'PUT',
      headers: { ...as('user-id-1'), 'accept-language': 'nl-BE' },
      body: JSON.stringify({ baseRevision: 0, driver: { endGoal: 5 } }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'tab.errors.invalid',
        field: 'driver.endGoal',
        message: 'Die waarde klopt niet (driver.endGoal).',
      },
    });
  });

  it('tells who last changed which part of the driver, and keeps every version', async () => {
    const put = (userId: string, baseRevision: number, driver: Record<string, unknown>) =>
      fetch(`${tabUrl}/api/tab/communities/${communityId}/driver`, {
        method: 'PUT',
        headers: as(userId),
        body: JSON.stringify({
          baseRevision,
          driver: { endGoal: '', whyItMatters: '', whatGoesWell: '', howWeWillKnow: '', steps: [], ...driver },
        }),
      });
    expect((await put('user-id-1', 0, { endGoal: 'Weekly feedback' })).status).toBe(200);
    expect(
      (await put('user-id-0', 1, { endGoal: 'Weekly feedback', whyItMatters: 'Students ask for it' })).status,
    ).toBe(200);
    const stale = await put('user-id-1', 1, { endGoal: 'Mine' });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({
      error: {
        code: 'tab.errors.staleDriver',
        current: { revision: 2, driver: { whyItMatters: 'Students ask for it' } },
      },
    });
    const view = (await (
      await fetch(`${tabUrl}/api/tab/communities/${communityId}/driver`, { headers: as('user-id-1') })
    ).json()) as { revision: number; changedBy: Record<string, { byName: string }>; history: { byName: string }[] };
    expect([
      view.revision,
      view.changedBy.endGoal?.byName,
      view.changedBy.whyItMatters?.byName,
      view.changedBy.steps,
    ]).toEqual([2, 'Pieter Claes', 'Griet Van Damme', undefined]);
    expect(view.history.map((v) => v.byName)).toEqual(['Griet Van Damme', 'Pieter Claes']);
  });

  it('offers the sample people only in local mode, and tells a non-member so', async () => {
    const settings = (await (await fetch(`${tabUrl}/api/tab/settings`)).json()) as {
      mode: string;
      localUsers: { userId: string }[];
    };
    expect([settings.mode, settings.localUsers.map((u) => u.userId)]).toEqual(['local', ['user-id-0', 'user-id-1']]);
    const me = (await (
      await fetch(`${tabUrl}/api/tab/me?teamId=${encodeURIComponent(TEAM.id)}&channelId=other`, {
        headers: as('user-id-0'),
      })
    ).json()) as unknown;
    expect(me).toMatchObject({ community: null, reason: 'none' });
  });
});
