import { users, type TestUser } from '../../fakes/activities';
import { agree } from '../agreed-actions';
import type { Harness } from '../harness';
import { TICKED_BY_HAND, useClockedHarness } from '../use-harness';

// The "My actions" view of the tab: mark done, reopen, move the due date, with the tab's access rule (issue 16).
jest.setTimeout(20_000);

const local = { users: Object.values(users).map((u) => ({ userId: u.id, name: u.name, aadObjectId: u.aadObjectId })) };
const harness = useClockedHarness('2026-11-22T09:00:00Z', { background: TICKED_BY_HAND, tab: { local } });
let h: Harness;
beforeEach(async () => {
  h = harness.h;
  h.connector.roster = [users.griet, users.pieter];
  await agree(h, 'channel', users.griet, [
    ['Oefentoets maken', users.pieter],
    ['Rubric delen', users.griet],
  ]);
  await agree(h, 'groupChat', users.lotte, [['Casus uitschrijven', users.lotte]]);
});

interface Row {
  id: string;
  sessionId: string;
  sessionNumber: number;
  what: string;
  due: string;
  status: string;
}
interface Group {
  communityId: string;
  communityName: string;
  actions: Row[];
}

const headers = (who: TestUser) => ({
  'x-leerkring-local-user': who.id,
  'accept-language': 'en-GB',
  'content-type': 'application/json',
});
async function mine(who: TestUser): Promise<Group[]> {
  const res = await fetch(`${h.url}/api/tab/my-actions`, { headers: headers(who) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { communities: Group[] }).communities;
}
/** The action named `what` among everybody's, and its community. */
async function find(what: string): Promise<{ group: Group; row: Row }> {
  for (const who of Object.values(users))
    for (const group of await mine(who)) {
      const row = group.actions.find((a) => a.what === what);
      if (row) return { group, row };
    }
  throw new Error(`no action “${what}”`);
}
async function change(who: TestUser, what: string, body: unknown, communityId?: string) {
  const { group, row } = await find(what);
  const url = `${h.url}/api/tab/communities/${communityId ?? group.communityId}/actions/${row.sessionId}/${row.id}`;
  const res = await fetch(url, { method: 'PUT', headers: headers(who), body: JSON.stringify(body) });
  return {
    status: res.status,
    body: (await res.json()) as { error?: { code: string; message: string; field?: string } },
  };
}
const statusOf = async (what: string) => (await find(what)).row;

describe('My actions in the tab', () => {
  it("lists only the member's own actions, with the session, and no community without any", async () => {
    // Pieter is in Lotte's group chat too (its roster), where nothing is his: that community is left out.
    expect(await h.app.deps.store.members.listByUser(users.pieter.id)).toHaveLength(2);
    const groups = await mine(users.pieter);
    expect(groups).toEqual([
      expect.objectContaining({
        communityName: 'PLG Anatomie & Fysiologie',
        actions: [expect.objectContaining({ what: 'Oefentoets maken', sessionNumber: 1, due: '2026-12-08' })],
      }),
    ]);
  });

  it('marks an action done and reopens it', async () => {
    for (const status of ['done', 'open'] as const) {
      expect((await change(users.pieter, 'Oefentoets maken', { status })).status).toBe(200);
      expect((await statusOf('Oefentoets maken')).status).toBe(status);
    }
  });

  it('moves the due date, and refuses a date in the past naming the field', async () => {
    const past = await change(users.pieter, 'Oefentoets maken', { due: '2026-11-01' });
    expect(past.status).toBe(400);
    expect(past.body.error).toMatchObject({ code: 'errors.input.dateInPast', field: 'due' });
    expect(past.body.error?.message).toContain('“By when?”');
    expect((await statusOf('Oefentoets maken')).due).toBe('2026-12-08');
    expect((await change(users.pieter, 'Oefentoets maken', { due: '2026-12-15' })).status).toBe(200);
    expect((await statusOf('Oefentoets maken')).due).toBe('2026-12-15');
  });

  it("refuses a member another member's action, and lets a facilitator of its community change it", async () => {
    const refused = await change(users.pieter, 'Rubric delen', { status: 'done' });
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe('errors.action.notYours');
    expect((await statusOf('Rubric delen')).status).toBe('open');
    expect((await change(users.griet, 'Oefentoets maken', { due: '2026-12-10' })).status).toBe(200);
    expect((await statusOf('Oefentoets maken')).due).toBe('2026-12-10');
  });

  it("refuses another community's action, through its own community and through the other one", async () => {
    const lotteCommunity = (await mine(users.lotte))[0]!.communityId;
    const viaOwn = await change(users.lotte, 'Oefentoets maken', { status: 'done' }, lotteCommunity);
    expect(viaOwn.status).toBe(404);
    const viaOther = await change(users.lotte, 'Oefentoets maken', { status: 'done' });
    expect(viaOther.status).toBe(403);
    expect(viaOther.body.error?.code).toBe('tab.errors.notMember');
    expect((await statusOf('Oefentoets maken')).status).toBe('open');
  });

  it('refuses a body that asks for nothing, or for two things at once', async () => {
    for (const body of [{}, { status: 'done', due: '2026-12-15' }, { status: 'finished' }])
      expect((await change(users.pieter, 'Oefentoets maken', body)).body.error?.code).toBe('tab.errors.invalid');
  });
});
