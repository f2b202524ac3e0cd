import type { AccessToken } from '@azure/identity';
import { users, type TestUser } from '../fakes/activities';
import { FakeTodoGraph } from '../fakes/graph-todo';
import { agree } from './agreed-actions';
import type { Harness } from './harness';
import { TICKED_BY_HAND, useClockedHarness } from './use-harness';

// Issue 16 point 4: a member sends their actions to Microsoft To Do (delegated, through the tab's SSO token and the
// on-behalf-of exchange), due on the action's date, and the task follows when the action changes in Leerkring.
jest.setTimeout(30_000);

const graph = new FakeTodoGraph();
/** People whose organisation has not consented: the exchange answers as Entra does (AADSTS65001). */
const refusing = new Set<string>();
const ssoOf = (who: TestUser) => `sso-${who.aadObjectId}`;
const byToken = new Map(Object.values(users).map((u) => [ssoOf(u), u]));
const local = { users: Object.values(users).map((u) => ({ userId: u.id, name: u.name, aadObjectId: u.aadObjectId })) };
const tab = {
  local,
  // Stands for the checked Teams SSO token (tests/integration/tab-api/tab-auth.test.ts checks the real check).
  verify: (token: string) => {
    const who = byToken.get(token);
    if (!who) return Promise.resolve({ ok: false as const, reason: 'unknown' });
    return Promise.resolve({
      ok: true as const,
      identity: { oid: who.aadObjectId, name: who.name, tenantId: 'tenant-1', local: false },
    });
  },
  todo: {
    get baseUrl() {
      return graph.url;
    },
    exchange: (ssoToken: string) => ({
      getToken: (): Promise<AccessToken> =>
        refusing.has(ssoToken)
          ? Promise.reject(new Error('AADSTS65001: The user or administrator has not consented to use the application'))
          : Promise.resolve({ token: `graph-${ssoToken}`, expiresOnTimestamp: Date.now() + 3_600_000 }),
    }),
    retry: { delaySeconds: 1, maxRetries: 3 },
  },
};
const harness = useClockedHarness('2026-11-22T09:00:00Z', { background: TICKED_BY_HAND, tab });
let h: Harness;
beforeAll(() => graph.start());
afterAll(() => graph.stop());
beforeEach(async () => {
  h = harness.h;
  refusing.clear();
  graph.reset();
  for (const u of Object.values(users)) graph.allowToken(`graph-${ssoOf(u)}`, u.name);
  h.connector.roster = [users.griet, users.pieter];
  await agree(h, 'channel', users.griet, [
    ['Oefentoets maken', users.pieter],
    ['Rubric delen', users.griet],
  ]);
});
afterEach(() => expect(graph.unusedFaults).toBe(0));

interface Row {
  id: string;
  sessionId: string;
  what: string;
  todo?: string;
}
type Groups = { communityId: string; actions: Row[] }[];
const json = (who: TestUser) => ({
  authorization: `Bearer ${ssoOf(who)}`,
  'accept-language': 'en-GB',
  'content-type': 'application/json',
});
async function call(who: TestUser, method: string, path: string, body?: unknown) {
  const res = await fetch(`${h.url}/api/tab${path}`, { method, headers: json(who), body: JSON.stringify(body) });
  return {
    status: res.status,
    body: (await res.json()) as { sent?: number; error?: { code: string; message: string } },
  };
}
async function action(who: TestUser, what: string) {
  const res = await fetch(`${h.url}/api/tab/my-actions`, { headers: json(who) });
  for (const group of ((await res.json()) as { communities: Groups }).communities) {
    const row = group.actions.find((a) => a.what === what);
    if (row) return { ...row, communityId: group.communityId };
  }
  throw new Error(`no action “${what}” of ${who.name}`);
}
const ref = (a: { communityId: string; sessionId: string; id: string }) => ({
  communityId: a.communityId,
  sessionId: a.sessionId,
  actionId: a.id,
});
const send = async (who: TestUser, ...whats: string[]) =>
  call(who, 'POST', '/todo', { actions: await Promise.all(whats.map(async (w) => ref(await action(who, w)))) });
const tasksOf = (who: TestUser) => graph.listsOf(who.name).find((l) => l.displayName === 'Leerkring')?.tasks ?? [];
async function eventually(check: () => void | Promise<void>): Promise<void> {
  for (let i = 0; ; i++)
    try {
      return await check();
    } catch (error) {
      if (i > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
}

describe('Send to To Do', () => {
  it("creates the list “Leerkring” once, with a task due on the action's date", async () => {
    expect(await send(users.pieter, 'Oefentoets maken')).toMatchObject({ status: 200, body: { sent: 1 } });
    expect(await send(users.griet, 'Rubric delen')).toMatchObject({ status: 200 });
    expect(tasksOf(users.pieter)).toEqual([
      expect.objectContaining({
        title: 'Oefentoets maken',
        status: 'notStarted',
        dueDateTime: { dateTime: '2026-12-08T00:00:00', timeZone: 'UTC' },
      }),
    ]);
    // Sending again brings the same task up to date: no second list, no second task.
    await send(users.pieter, 'Oefentoets maken');
    expect(graph.listsOf(users.pieter.name)).toHaveLength(1);
    expect(tasksOf(users.pieter)).toHaveLength(1);
    expect((await action(users.pieter, 'Oefentoets maken')).todo).toBe('inStep');
  });

  it('keeps the task in step when the action is done, reopened or moved in Leerkring', async () => {
    await send(users.pieter, 'Oefentoets maken');
    const a = await action(users.pieter, 'Oefentoets maken');
    const path = `/communities/${a.communityId}/actions/${a.sessionId}/${a.id}`;
    for (const [body, expected] of [
      [{ status: 'done' }, { status: 'completed' }],
      [{ status: 'open' }, { status: 'notStarted' }],
      [{ due: '2026-12-15' }, { dueDateTime: { dateTime: '2026-12-15T00:00:00', timeZone: 'UTC' } }],
    ] as const) {
      expect((await call(users.pieter, 'PUT', path, body)).status).toBe(200);
      await eventually(() => expect(tasksOf(users.pieter)[0]).toMatchObject(expected));
    }
  });

  it('gets through 429 with Retry-After and 5xx answers, retried', async () => {
    graph.inject({ status: 429, retryAfterSeconds: 1 }, { status: 500 }, { status: 503 });
    expect(await send(users.pieter, 'Oefentoets maken')).toMatchObject({ status: 200, body: { sent: 1 } });
    expect(tasksOf(users.pieter)).toHaveLength(1);
    expect(graph.calls.map((c) => c.status).slice(0, 4)).toEqual([429, 500, 503, 200]);
  });

  it('says To Do cannot be reached when Graph stays down, and the change in Leerkring still goes through', async () => {
    graph.inject(...Array.from({ length: 3 }, () => ({ status: 502 as const })));
    const down = await send(users.pieter, 'Oefentoets maken');
    expect(down.status).toBe(503);
    expect(down.body.error).toMatchObject({ code: 'tab.errors.todoUnavailable' });
    expect(down.body.error?.message).toContain('cannot be reached');
    await send(users.pieter, 'Oefentoets maken');
    const a = await action(users.pieter, 'Oefentoets maken');
    graph.inject(...Array.from({ length: 3 }, () => ({ status: 500 as const })));
    const path = `/communities/${a.communityId}/actions/${a.sessionId}/${a.id}`;
    expect((await call(users.pieter, 'PUT', path, { status: 'done' })).status).toBe(200);
    await eventually(async () => expect((await action(users.pieter, 'Oefentoets maken')).todo).toBe('outOfStep'));
    expect(tasksOf(users.pieter)[0]?.status).toBe('notStarted');
    // Sending again brings it in step.
    await send(users.pieter, 'Oefentoets maken');
    expect(tasksOf(users.pieter)[0]?.status).toBe('completed');
    expect((await action(users.pieter, 'Oefentoets maken')).todo).toBe('inStep');
  });

  it('tells the member when their organisation does not allow it (consent refused)', async () => {
    refusing.add(ssoOf(users.pieter));
    const refused = await send(users.pieter, 'Oefentoets maken');
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'tab.errors.todoConsent' });
    expect(refused.body.error?.message).toContain('Tasks.ReadWrite');
    expect(graph.calls).toEqual([]);
  });

  it("refuses another member's action, and sends nothing", async () => {
    const grietsOwn = await action(users.griet, 'Rubric delen');
    const refused = await call(users.pieter, 'POST', '/todo', { actions: [ref(grietsOwn)] });
    expect(refused.status).toBe(404);
    expect(refused.body.error?.code).toBe('errors.action.gone');
    expect(graph.calls).toEqual([]);
  });

  it('explains that To Do needs a Teams sign-in to someone played in local mode', async () => {
    const a = await action(users.pieter, 'Oefentoets maken');
    const res = await fetch(`${h.url}/api/tab/todo`, {
      method: 'POST',
      headers: {
        'x-leerkring-local-user': users.pieter.id,
        'accept-language': 'nl-BE',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ actions: [ref(a)] }),
    });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('Teams-aanmelding');
  });
});
