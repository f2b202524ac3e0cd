import { users, type TestUser } from '../fakes/activities';
import type { HarnessRef } from './use-harness';

/** The people the tab knows in local mode, for the year portfolio's test. */
export const tabPeople = (people: TestUser[]) => ({
  users: people.map((u) => ({ userId: u.id, name: u.name, aadObjectId: u.aadObjectId ?? `aad-${u.id}` })),
});

/** What a facilitator (or member) does in the tab over HTTP: the driver, the topic plan, an action done. */
export function tabUser(ref: HarnessRef) {
  const call = async (method: string, path: string, body?: unknown, who: TestUser = users.griet) => {
    const res = await fetch(`${ref.h.url}/api/tab${path}`, {
      method,
      headers: { 'x-leerkring-local-user': who.id, 'accept-language': 'nl-BE', 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(res.status).toBe(200);
    return res.json() as Promise<Record<string, unknown>>;
  };
  const writeDriver = (communityId: string, baseRevision: number, endGoal: string) =>
    call('PUT', `/communities/${communityId}/driver`, {
      baseRevision,
      driver: {
        endGoal,
        whyItMatters: 'Studenten leren meer als ze zelf aan de slag gaan.',
        whatGoesWell: 'Enkele collega’s werken al met kennisclips.',
        howWeWillKnow: 'Een bevraging bij de studenten in juni.',
        steps: [{ text: 'Werkvormen verzamelen' }],
      },
    });
  const planTopic = async (communityId: string, text: string, sessionNumber: number) => {
    const { topics } = (await call('GET', `/communities/${communityId}/topics`)) as {
      topics: { id: string; text: string }[];
    };
    const topic = topics.find((t) => t.text === text)!;
    await call('PUT', `/communities/${communityId}/topics/${topic.id}/plan`, { sessionNumber });
  };
  /** The owner ticks off their action named `what` in "My actions". */
  const markDone = async (owner: TestUser, what: string) => {
    const { communities } = (await call('GET', '/my-actions', undefined, owner)) as {
      communities: { communityId: string; actions: { id: string; sessionId: string; what: string }[] }[];
    };
    const [group] = communities;
    const row = group!.actions.find((a) => a.what === what)!;
    await call(
      'PUT',
      `/communities/${group!.communityId}/actions/${row.sessionId}/${row.id}`,
      { status: 'done' },
      owner,
    );
  };
  return { writeDriver, planTopic, markDone };
}
