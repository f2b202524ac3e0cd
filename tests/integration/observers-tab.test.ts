import { CHANNEL, TEAM, users } from '../fakes/activities';
import { OBSERVER_NL, PEOPLE, TAB_PEOPLE, communityIdOf, dirk, mentioning, tabAs } from './observer-rig';
import { channelUser, postedCardWith } from './steering';
import { useHarness } from './use-harness';

// Issue 16, point 1, in the tab: observers read what the channel sees, change nothing; facilitators name them.
jest.setTimeout(30_000);
const harness = useHarness({ tab: { local: { users: TAB_PEOPLE } } });
const tab = tabAs(harness);

/** Griet starts a session with the board hidden; Pieter writes a post-it only facilitators see; Dirk is observer. */
async function hiddenBoardWithObserver(): Promise<string> {
  harness.h.connector.roster = PEOPLE.map((u) => ({ ...u }));
  const { say, click } = channelUser(harness);
  await say('/start-bijeenkomst');
  const board = postedCardWith(await say('/brainstorm verborgen'), 'board.add');
  await click(board, 'board.add', { text: 'Pieters eigen idee' }, users.pieter);
  await harness.h.post(mentioning(harness, '/waarnemer', users.griet, dirk));
  return communityIdOf(harness);
}

describe('an observer in the tab', () => {
  it('reads the driver, agenda, topics, history and community, but no individual answers', async () => {
    const id = await hiddenBoardWithObserver();
    const me = await tab(dirk, 'GET', `/me?teamId=${encodeURIComponent(TEAM.id)}&channelId=${CHANNEL.id}`);
    expect(me.body.community).toMatchObject({ id, role: 'observer' });
    for (const view of ['driver', 'agenda', 'topics', 'history', 'community', 'stage', 'meeting'])
      expect([view, (await tab(dirk, 'GET', `/communities/${id}/${view}`)).status]).toEqual([view, 200]);
    expect(JSON.stringify((await tab(users.griet, 'GET', `/communities/${id}/agenda`)).body)).toContain(
      'Pieters eigen idee',
    );
    expect(JSON.stringify((await tab(dirk, 'GET', `/communities/${id}/agenda`)).body)).not.toContain(
      'Pieters eigen idee',
    );
    const checkIns = await tab(dirk, 'GET', `/communities/${id}/check-ins`);
    expect(checkIns.status).toBe(403);
  });

  it('is refused every write with the observer message', async () => {
    const id = await hiddenBoardWithObserver();
    const writes: [string, string, unknown][] = [
      ['PUT', 'driver', { driver: {}, baseRevision: 0 }],
      ['POST', 'check-in', { mood: 'sunny' }],
      ['POST', 'post-its', { phaseIndex: 1, text: 'Idee van Dirk' }],
      ['PUT', 'ballot', { phaseIndex: 2, dots: {} }],
      ['PUT', 'driver-rating', { phaseIndex: 4, score: 3 }],
      ['PUT', 'topics/order', { order: [] }],
      ['PUT', 'agenda/draft', {}],
      ['POST', 'session/step', { step: 1 }],
      ['POST', 'session/reveal', { phaseIndex: 1 }],
      ['POST', 'session/extend', { phaseIndex: 1 }],
      ['PUT', 'stage/pin', { view: null }],
      ['POST', 'export', {}],
      ['PUT', `members/${encodeURIComponent(users.pieter.id)}/role`, { role: 'observer' }],
    ];
    for (const [method, path, body] of writes) {
      const res = await tab(dirk, method, `/communities/${id}/${path}`, body);
      expect([path, res.status, res.body.error]).toEqual([
        path,
        403,
        { code: 'errors.role.observerCannotContribute', message: OBSERVER_NL },
      ]);
    }
    const link = await tab(dirk, 'POST', '/meeting/link', { chatId: '19:meeting_x@thread.v2', communityId: id });
    expect([link.status, link.body.error]).toEqual([403, expect.objectContaining({ message: OBSERVER_NL })]);
    const all = await harness.h.app.deps.store.contributions.listAllInCommunity(id);
    expect(all.filter((c) => c.value.authorId === dirk.id)).toEqual([]);
    expect((await harness.h.app.deps.store.members.get(id, users.pieter.id))?.role).toBe('member');
  });
});

describe("the Community view's role route", () => {
  it('lets only facilitators name an observer and make them a member again', async () => {
    const id = await hiddenBoardWithObserver();
    const role = (who: typeof users.griet, userId: string, body: unknown) =>
      tab(who, 'PUT', `/communities/${id}/members/${encodeURIComponent(userId)}/role`, body);
    const stored = async (userId: string) => (await harness.h.app.deps.store.members.get(id, userId))?.role;
    const byMember = await role(users.pieter, users.lotte.id, { role: 'observer' });
    expect(byMember.status).toBe(403);
    expect(byMember.body.error).toMatchObject({ code: 'errors.role.facilitatorOnly' });
    expect(await stored(users.lotte.id)).toBe('member');
    expect((await role(users.griet, users.lotte.id, { role: 'observer' })).status).toBe(200);
    expect(await stored(users.lotte.id)).toBe('observer');
    const community = await tab(users.griet, 'GET', `/communities/${id}/community`);
    expect(community.body.members).toContainEqual({ userId: users.lotte.id, name: users.lotte.name, role: 'observer' });
    expect((await role(users.griet, users.lotte.id, { role: 'member' })).status).toBe(200);
    expect(await stored(users.lotte.id)).toBe('member');
    const self = await role(users.griet, users.griet.id, { role: 'observer' });
    expect([self.status, self.body.error]).toEqual([
      409,
      expect.objectContaining({ code: 'errors.role.facilitatorStays' }),
    ]);
    expect((await role(users.griet, '29:nobody', { role: 'observer' })).status).toBe(404);
    const wrong = await role(users.griet, users.lotte.id, { role: 'facilitator' });
    expect(wrong.status).toBe(400);
    expect(await stored(users.griet.id)).toBe('facilitator');
  });
});
