import { submitCheckIn } from '../../domain/activities/check-in/submit-check-in';
import { membership } from '../../domain/community/community';
import { changeObserverRole, type RoleChangeInput } from '../../domain/community/observer-role';
import { rememberedCommunities } from '../../domain/community/user-communities';
import type { Deps } from '../../domain/ports';
import { attendanceOf } from '../../domain/report/attendance';
import { participantCount } from '../../domain/session/participants';
import { startSession } from '../../domain/session/start-session';
import { openSqliteStore } from '../../server/storage/sqlite/sqlite-store';

const place = { channel: { teamId: '19:team', channelId: '19:channel' }, name: 'PLG', language: 'nl' as const };
const griet = { userId: '29:griet', name: 'Griet' };
const pieter = { userId: '29:pieter', name: 'Pieter', aadObjectId: 'aad-pieter' };
const dirk = { userId: '29:dirk', name: 'Dirk', aadObjectId: 'aad-dirk' };
let now: Date;

let deps: Deps;
let ids = 0;
beforeEach(() => {
  now = new Date('2026-11-22T14:00:00Z');
  deps = { store: openSqliteStore(':memory:'), clock: { now: () => now }, ids: { next: () => `id-${++ids}` } };
});
afterEach(() => deps.store.close());

/** Griet founds a community and starts its first session; Pieter is a member. */
async function started() {
  const result = await startSession(deps, { place, actor: griet });
  if (!result.ok) throw new Error(result.error.code);
  const communityId = result.value.community.id;
  await deps.store.members.add(membership(communityId, pieter, 'member', now));
  return { communityId, session: result.value.session };
}

const change = (communityId: string, input: Partial<RoleChangeInput>) =>
  changeObserverRole(deps, { communityId, actorId: griet.userId, person: dirk, role: 'observer', ...input });

describe('naming observers', () => {
  it.each([
    ['a member', pieter.userId, dirk, 'observer', 'errors.role.facilitatorOnly'],
    ['nobody mentioned (observer)', griet.userId, undefined, 'observer', 'errors.role.mentionObserver'],
    ['nobody mentioned (member)', griet.userId, undefined, 'member', 'errors.role.mentionMember'],
    ['a facilitator as target', griet.userId, griet, 'observer', 'errors.role.facilitatorStays'],
  ] as const)('refuses %s', async (_what, actorId, person, role, code) => {
    const { communityId } = await started();
    const result = await change(communityId, { actorId, person, role });
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect((await deps.store.members.get(communityId, griet.userId))?.role).toBe('facilitator');
    expect(await deps.store.members.get(communityId, dirk.userId)).toBeUndefined();
  });

  it('adds someone who never joined as observer, findable by the tab, and makes him a member again', async () => {
    const { communityId } = await started();
    expect(await change(communityId, {})).toEqual({ ok: true, value: { name: 'Dirk' } });
    expect(await deps.store.members.get(communityId, dirk.userId)).toMatchObject({ role: 'observer', name: 'Dirk' });
    expect(await rememberedCommunities(deps, dirk.aadObjectId)).toEqual([communityId]);
    expect((await change(communityId, { role: 'member' })).ok).toBe(true);
    expect((await deps.store.members.get(communityId, dirk.userId))?.role).toBe('member');
  });

  it("keeps a member's name and join date", async () => {
    const { communityId } = await started();
    await deps.store.members.add(membership(communityId, { userId: '29:an', name: 'An Peeters' }, 'member', now));
    now = new Date('2026-11-23T14:00:00Z');
    const result = await change(communityId, { person: { userId: '29:an', name: 'An', aadObjectId: 'aad-an' } });
    expect(result).toEqual({ ok: true, value: { name: 'An Peeters' } });
    expect(await deps.store.members.get(communityId, '29:an')).toMatchObject({
      name: 'An Peeters',
      joinedAt: '2026-11-22T14:00:00.000Z',
      role: 'observer',
    });
  });
});

describe('observers are not counted', () => {
  it('refuses their check-in, and leaves out of the count and attendance what they gave as a member', async () => {
    const { communityId, session } = await started();
    const checkIn = (actor: typeof pieter) =>
      submitCheckIn(deps, { sessionId: session.id, actor, raw: { mood: 'sunny' } });
    expect((await checkIn(pieter)).ok).toBe(true);
    await change(communityId, {});
    expect(await checkIn(dirk)).toMatchObject({ ok: false, error: { code: 'errors.role.observerCannotContribute' } });
    expect(await participantCount(deps, session)).toBe(1);
    await change(communityId, { person: pieter });
    expect(await participantCount(deps, session)).toBe(0);
    const members = await deps.store.members.list(communityId);
    const attendance = await attendanceOf(deps, session, members, await deps.store.checkIns.list(session.id));
    expect(attendance).toEqual({ present: ['Griet'], members: 1 });
  });
});
