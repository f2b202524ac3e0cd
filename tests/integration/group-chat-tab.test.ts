import { users, type TestUser } from '../fakes/activities';
import { agree } from './agreed-actions';
import type { Harness } from './harness';
import { TICKED_BY_HAND, useClockedHarness } from './use-harness';

// Issue 16 point 5: a community that is a group chat has the tab too, with the same views; the tab in a group chat
// asks with the chat id as its place (teams-js context.chat.id, no team).
jest.setTimeout(20_000);

const GROUP_CHAT = '19:groepschat-pieter@thread.v2';
const local = { users: Object.values(users).map((u) => ({ userId: u.id, name: u.name, aadObjectId: u.aadObjectId })) };
const harness = useClockedHarness('2026-11-22T09:00:00Z', { background: TICKED_BY_HAND, tab: { local } });
let h: Harness;
beforeEach(async () => {
  h = harness.h;
  // Griet is not in the chat: only Lotte and Pieter are.
  h.connector.roster = [users.lotte, users.pieter];
  await agree(h, 'groupChat', users.lotte, [['Casus uitschrijven', users.pieter]]);
});

const headers = (who: TestUser) => ({ 'x-leerkring-local-user': who.id, 'accept-language': 'en-GB' });
const get = async (who: TestUser, path: string) => {
  const res = await fetch(`${h.url}/api/tab${path}`, { headers: headers(who) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const chatCommunity = async (who: TestUser) =>
  (await get(who, `/me?channelId=${encodeURIComponent(GROUP_CHAT)}`)).body.community as {
    id: string;
    name: string;
    role: string;
  } | null;

describe('The tab in a group chat', () => {
  it("finds the chat's community from the chat id alone, for a member of the chat", async () => {
    const community = await chatCommunity(users.pieter);
    expect(community?.name).toBeTruthy();
    expect(community?.role).toBe('member');
  });

  it('shows a member the same views as in a channel: community, agenda, history, topics, driver', async () => {
    const { id } = (await chatCommunity(users.lotte))!;
    for (const view of ['community', 'agenda', 'history', 'topics', 'driver'])
      expect((await get(users.lotte, `/communities/${id}/${view}`)).status).toBe(200);
    // The session started in the chat is the one its agenda shows running.
    const agenda = (await get(users.pieter, `/communities/${id}/agenda`)).body.running as { number: number };
    expect(agenda).toMatchObject({ number: 1 });
  });

  it("lists a member's actions of the chat in My actions", async () => {
    const groups = (await get(users.pieter, '/my-actions')).body.communities as { actions: { what: string }[] }[];
    expect(groups.flatMap((g) => g.actions.map((a) => a.what))).toEqual(['Casus uitschrijven']);
  });

  it('tells someone outside the chat nothing, and refuses them every view', async () => {
    expect(await chatCommunity(users.griet)).toBeNull();
    const { id } = (await chatCommunity(users.lotte))!;
    for (const view of ['community', 'agenda', 'history', 'topics', 'driver']) {
      const refused = await get(users.griet, `/communities/${id}/${view}`);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toMatchObject({ code: 'tab.errors.notMember' });
    }
  });
});
