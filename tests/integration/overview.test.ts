import { rememberUserCommunity } from '../../domain/community/user-communities';
import type { CommunityOverview } from '../../domain/overview/community-overview';
import { users, type TestUser } from '../fakes/activities';
import { agree, say } from './agreed-actions';
import type { Harness } from './harness';
import { TICKED_BY_HAND, useClockedHarness } from './use-harness';

// The leaders' Overview across communities (issue 16, point 2): contents, languages and the tab's access rule.
jest.setTimeout(30_000);

const anna: TestUser = { id: '29:anna', name: 'Anna Peeters', aadObjectId: 'aad-anna' };
const outsider: TestUser = { id: '29:jan', name: 'Jan Wouters', aadObjectId: 'aad-jan' };
const people = [...Object.values(users), anna, outsider] as (TestUser & { aadObjectId: string })[];
const local = { users: people.map((u) => ({ userId: u.id, name: u.name, aadObjectId: u.aadObjectId })) };
const harness = useClockedHarness('2026-11-22T09:00:00Z', { background: TICKED_BY_HAND, tab: { local } });
let h: Harness;

const headers = (who: TestUser, lang = 'en-GB') => ({
  'x-leerkring-local-user': who.id,
  'accept-language': lang,
  'content-type': 'application/json',
});
const call = async (who: TestUser, path: string, method = 'GET', body?: unknown) => {
  const res = await fetch(`${h.url}/api/tab${path}`, {
    method,
    headers: headers(who),
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const overview = async (who: TestUser): Promise<CommunityOverview[]> => {
  const res = await call(who, '/overview');
  expect(res.status).toBe(200);
  return res.body.communities as CommunityOverview[];
};

/** Griet's PLG holds session 1 (3 ratings, 2 actions of which one done) and plans the next; Lotte's chat runs one. */
beforeEach(async () => {
  h = harness.h;
  h.connector.roster = [users.griet, users.pieter, anna];
  await agree(h, 'channel', users.griet, [
    ['Oefentoets maken', users.pieter],
    ['Rubric delen', users.griet],
  ]);
  const cid = ((await call(users.griet, '/my-actions')).body.communities as { communityId: string }[])[0]!.communityId;
  for (const [who, score] of [
    [users.griet, 4],
    [users.pieter, 3],
    [anna, 5],
  ] as const)
    expect((await call(who, `/communities/${cid}/driver-rating`, 'PUT', { phaseIndex: 0, score })).status).toBe(200);
  const mine = (await call(users.griet, '/my-actions')).body.communities as {
    actions: { id: string; sessionId: string }[];
  }[];
  const rubric = mine[0]!.actions[0]!;
  const done = await call(users.griet, `/communities/${cid}/actions/${rubric.sessionId}/${rubric.id}`, 'PUT', {
    status: 'done',
  });
  expect(done.status).toBe(200);
  const driver = { endGoal: 'Elke leerling kent zijn leerdoel', whyItMatters: '', whatGoesWell: '', howWeWillKnow: '' };
  const steps = { steps: [] };
  const put = await call(users.griet, `/communities/${cid}/driver`, 'PUT', {
    baseRevision: 0,
    driver: { ...driver, ...steps },
  });
  expect(put.status).toBe(200);
  await say(h, '/einde', users.griet);
  await say(h, '/plannen 8/12 15:00-16:30 Lokaal B.204', users.griet);
  h.connector.roster = [users.lotte, users.pieter];
  await agree(h, 'groupChat', users.lotte, [['Casus uitschrijven', users.lotte]]);
});

describe('the Overview tab', () => {
  it("shows a facilitator's community: end goal, sessions held and planned, trends, actions, the latest report", async () => {
    const [plg, ...others] = await overview(users.griet);
    expect(others).toEqual([]);
    expect(plg).toMatchObject({
      name: 'PLG Anatomie & Fysiologie',
      role: 'facilitator',
      archived: false,
      endGoal: 'Elke leerling kent zijn leerdoel',
      sessions: { held: 1, running: false, planned: 1, next: { localDate: '2026-12-08', localStart: '15:00' } },
      actions: { open: 1, done: 1, overdue: 0 },
      latestReport: { sessionNumber: 1 },
    });
    expect(plg!.trend).toEqual([
      expect.objectContaining({ number: 1, present: 3, members: 3, rating: { count: 3, average: 4 } }),
    ]);
  });

  it('lists every community of someone in several, with their role in each, by name', async () => {
    const mine = await overview(users.pieter);
    expect(mine.map((c) => c.role)).toEqual(['member', 'member']);
    expect(mine.map((c) => c.name)).toEqual(mine.map((c) => c.name).sort((a, b) => a.localeCompare(b)));
    const chat = mine.find((c) => c.name !== 'PLG Anatomie & Fysiologie')!;
    expect(chat.sessions).toMatchObject({ held: 0, running: true, planned: 0 });
    expect(chat.actions).toEqual({ open: 1, done: 0, overdue: 0 });
    expect(chat.trend).toEqual([]);
  });

  it("never shows team A's leader team B, even where the tab once met them, and shows an outsider nothing", async () => {
    const plg = (await overview(users.griet))[0]!;
    expect((await overview(users.lotte)).map((c) => c.communityId)).not.toContain(plg.communityId);
    // Lotte was remembered in Griet's community (say, before she left it): the access rule still keeps it out.
    await rememberUserCommunity(h.app.deps, users.lotte.aadObjectId, plg.communityId);
    const lotte = await overview(users.lotte);
    expect(lotte).toHaveLength(1);
    expect(JSON.stringify(lotte)).not.toContain('Oefentoets');
    expect(lotte[0]!.communityId).not.toBe(plg.communityId);
    expect(await overview(outsider)).toEqual([]);
    // A member taken out of a community no longer sees it.
    await h.app.deps.store.members.remove(plg.communityId, anna.id);
    expect(await overview(anna)).toEqual([]);
  });

  it('refuses anyone not signed in, in their own language', async () => {
    for (const [lang, words] of [
      ['nl-BE', 'Meld je opnieuw aan'],
      ['en-GB', 'Please sign in'],
    ] as const) {
      const res = await fetch(`${h.url}/api/tab/overview`, { headers: { 'accept-language': lang } });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain(words);
    }
  });
});
