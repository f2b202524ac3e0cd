import type { CheckIn } from '../../domain/activities/check-in/check-in';
import { CLOSING_SURVEYS, closingSurveys } from '../../domain/activities/closing-survey/closing-survey';
import { collection } from '../../domain/collection';
import { createCommunity, membership } from '../../domain/community/community';
import { communityAt, linkMeeting, meetingLinks } from '../../domain/meeting/meeting-link';
import type { Store } from '../../domain/ports';
import { startedSession } from '../../domain/session/session';

const now = new Date('2026-11-22T14:00:00Z');
let n = 0;
const unique = (prefix: string) => `${prefix}-${++n}-${Date.now()}`;

const community = (channelId = unique('channel')) =>
  createCommunity({
    id: unique('community'),
    channel: { teamId: 'team-1', channelId },
    name: 'PLG',
    language: 'nl',
    founder: { userId: 'u1', name: 'Griet' },
    now,
  });

const session = (communityId: string, number: number) =>
  startedSession({
    id: unique('session'),
    communityId,
    number,
    format: 'regular',
    startedBy: 'u1',
    questionIndex: 0,
    now,
  });

/** A check-in record as the bot stores it: sunny, with nothing written, unless `fields` says otherwise. */
export const checkIn = (sessionId: string, userId: string, fields: Partial<CheckIn> = {}): CheckIn => ({
  sessionId,
  userId,
  userName: userId,
  mood: 'sunny',
  answer: '',
  sinceLastTime: '',
  obstacles: '',
  submittedAt: now.toISOString(),
  late: false,
  ...fields,
});

/** The behaviour every implementation of the storage port must have. */
export function storeContract(name: string, open: () => Promise<Store>, close: (store: Store) => Promise<void>): void {
  describe(`${name} store`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => close(store));

    it('creates a community once per channel; the second creation is a conflict', async () => {
      const first = community('shared-channel');
      expect(await store.communities.save(first, null)).toMatchObject({ ok: true });
      expect(await store.communities.save({ ...community('shared-channel') }, null)).toEqual({
        ok: false,
        reason: 'conflict',
      });
      expect((await store.communities.findByChannel({ teamId: 'team-1', channelId: 'shared-channel' }))?.value.id).toBe(
        first.id,
      );
      expect(
        await store.communities.findByChannel({ teamId: 'other-team', channelId: 'shared-channel' }),
      ).toBeUndefined();
    });

    it('saves only over the version it read (optimistic concurrency)', async () => {
      const c = community();
      const created = await store.communities.save(c, null);
      if (!created.ok) throw new Error('create failed');
      const stored = await store.communities.get(c.id);
      expect(stored?.version).toBe(created.version);
      const renamed = await store.communities.save({ ...c, name: 'Eerste' }, created.version);
      expect(renamed.ok).toBe(true);
      expect(await store.communities.save({ ...c, name: 'Tweede' }, created.version)).toEqual({
        ok: false,
        reason: 'conflict',
      });
      expect((await store.communities.get(c.id))?.value.name).toBe('Eerste');
    });

    it('numbers sessions uniquely per community and finds the latest', async () => {
      const c = community();
      const one = session(c.id, 1);
      const two = session(c.id, 2);
      expect((await store.sessions.save(one, null)).ok).toBe(true);
      expect((await store.sessions.save(two, null)).ok).toBe(true);
      expect(await store.sessions.save(session(c.id, 2), null)).toEqual({ ok: false, reason: 'conflict' });
      expect((await store.sessions.latest(c.id))?.value.id).toBe(two.id);
      expect(await store.sessions.latest('no-such-community')).toBeUndefined();
      const read = await store.sessions.get(one.id);
      expect(read?.value).toEqual(one);
    });

    it('keeps one check-in per member per session and says what changed', async () => {
      const sessionId = unique('session');
      expect(await store.checkIns.upsert(checkIn(sessionId, 'a'))).toBe('created');
      expect(await store.checkIns.upsert(checkIn(sessionId, 'a'))).toBe('unchanged');
      expect(await store.checkIns.upsert(checkIn(sessionId, 'a', { mood: 'rainy' }))).toBe('updated');
      expect(await store.checkIns.upsert(checkIn(sessionId, 'b'))).toBe('created');
      expect(await store.checkIns.count(sessionId)).toBe(2);
      expect((await store.checkIns.get(sessionId, 'a'))?.mood).toBe('rainy');
      expect((await store.checkIns.list(sessionId)).map((c) => c.userId).sort()).toEqual(['a', 'b']);
    });

    it('lets many members check in at the same instant without losing one', async () => {
      const sessionId = unique('session');
      const outcomes = await Promise.all(
        Array.from({ length: 50 }, (_, i) => store.checkIns.upsert(checkIn(sessionId, `user-${i}`))),
      );
      expect(outcomes.every((o) => o === 'created')).toBe(true);
      expect(await store.checkIns.count(sessionId)).toBe(50);
    });

    it('adds a member once; a second add keeps the first role', async () => {
      const communityId = unique('community');
      expect(
        await store.members.add(membership(communityId, { userId: 'u1', name: 'Griet' }, 'facilitator', now)),
      ).toBe('created');
      expect(await store.members.add(membership(communityId, { userId: 'u1', name: 'Griet' }, 'member', now))).toBe(
        'exists',
      );
      const joins = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          store.members.add(membership(communityId, { userId: `m${i}`, name: `Lid ${i}` }, 'member', now)),
        ),
      );
      expect(joins.every((j) => j === 'created')).toBe(true);
      expect((await store.members.get(communityId, 'u1'))?.role).toBe('facilitator');
      expect(await store.members.list(communityId)).toHaveLength(31);
      expect(await store.members.get(unique('community'), 'u1')).toBeUndefined();
      await store.members.setRole(
        membership(communityId, { userId: 'm3', name: 'Lid 3 (renamed)' }, 'facilitator', now),
      );
      expect(await store.members.get(communityId, 'm3')).toMatchObject({ role: 'facilitator', name: 'Lid 3' });
      await store.members.setRole(membership(communityId, { userId: 'new', name: 'Nieuw' }, 'facilitator', now));
      expect(await store.members.get(communityId, 'new')).toMatchObject({ role: 'facilitator', name: 'Nieuw' });
    });

    it("keeps contributions apart per session and kind, with versions, and lists a community's", async () => {
      const sessionId = unique('session');
      const base = {
        communityId: 'community-x',
        sessionId,
        phaseIndex: 1,
        kind: 'post-it',
        authorId: 'u1',
        createdAt: now.toISOString(),
      };
      expect(await store.contributions.save({ ...base, id: 'a', data: { text: 'eerste' } }, null)).toMatchObject({
        ok: true,
      });
      expect(await store.contributions.save({ ...base, id: 'a', data: { text: 'dubbel' } }, null)).toEqual({
        ok: false,
        reason: 'conflict',
      });
      await store.contributions.save({ ...base, id: 'b', data: { text: 'tweede' } }, null);
      await store.contributions.save({ ...base, kind: 'ballot', id: 'u1', data: {} }, null);
      expect((await store.contributions.list<{ text: string }>(sessionId, 'post-it')).map((c) => c.data.text)).toEqual([
        'eerste',
        'tweede',
      ]);
      const a = await store.contributions.get<{ text: string }>(sessionId, 'post-it', 'a');
      expect(await store.contributions.save({ ...base, id: 'a', data: { text: 'bewerkt' } }, a!.version)).toMatchObject(
        { ok: true },
      );
      expect(await store.contributions.save({ ...base, id: 'a', data: { text: 'te laat' } }, a!.version)).toEqual({
        ok: false,
        reason: 'conflict',
      });
      expect(await store.contributions.remove(sessionId, 'post-it', 'b', 'stale')).toEqual({
        ok: false,
        reason: 'conflict',
      });
      const b = await store.contributions.get(sessionId, 'post-it', 'b');
      expect((await store.contributions.remove(sessionId, 'post-it', 'b', b!.version)).ok).toBe(true);
      expect(await store.contributions.get(sessionId, 'post-it', 'b')).toBeUndefined();
      expect((await store.contributions.listInCommunity('community-x', 'ballot')).map((c) => c.id)).toContain('u1');
      for (const id of ['3:a', '3:b', '30:c', '4:d'])
        await store.contributions.save({ ...base, kind: 'count-me', id, data: {} }, null);
      expect(await store.contributions.countWithPrefix(sessionId, 'count-me', '3:')).toBe(2);
      expect(await store.contributions.countWithPrefix(sessionId, 'count-me', '5:')).toBe(0);
    });

    it('stores a key only once with putIfAbsent', async () => {
      const key = unique('key');
      expect(await store.keyValues.putIfAbsent(key, { a: 1 })).toBe(true);
      expect(await store.keyValues.putIfAbsent(key, { a: 2 })).toBe(false);
      expect(await store.keyValues.get(key)).toEqual({ a: 1 });
      await store.keyValues.put(key, { a: 3 });
      expect(await store.keyValues.get(key)).toEqual({ a: 3 });
      expect(await store.keyValues.get(unique('missing'))).toBeUndefined();
    });

    it(
      'keeps versioned documents per collection, ' + 'lists them by id prefix in id order, and refuses stale writes',
      async () => {
        const canvas = collection<{ n: number }>(unique('canvas'));
        expect((await store.documents.save(canvas, 'c1/0002', { n: 2 }, null)).ok).toBe(true);
        expect((await store.documents.save(canvas, 'c1/0001', { n: 1 }, null)).ok).toBe(true);
        expect((await store.documents.save(canvas, 'c2/0001', { n: 9 }, null)).ok).toBe(true);
        expect((await store.documents.save(canvas, 'c3/😀', { n: 3 }, null)).ok).toBe(true);
        expect((await store.documents.list(canvas, 'c3/')).map((d) => d.id)).toEqual(['c3/😀']);
        expect(await store.documents.save(canvas, 'c1/0001', { n: 5 }, null)).toEqual({
          ok: false,
          reason: 'conflict',
        });
        expect((await store.documents.list(canvas, 'c1/')).map((d) => [d.id, d.value.n])).toEqual([
          ['c1/0001', 1],
          ['c1/0002', 2],
        ]);
        expect(await store.documents.list(canvas)).toHaveLength(4);
        expect(await store.documents.list(collection(unique('empty')))).toEqual([]);

        const read = await store.documents.get(canvas, 'c1/0001');
        if (!read) throw new Error('document missing');
        const saved = await store.documents.save(canvas, 'c1/0001', { n: 10 }, read.version);
        expect(saved.ok).toBe(true);
        expect(await store.documents.save(canvas, 'c1/0001', { n: 11 }, read.version)).toEqual({
          ok: false,
          reason: 'conflict',
        });
        expect((await store.documents.get(canvas, 'c1/0001'))?.value).toEqual({ n: 10 });
        expect(await store.documents.get(collection(unique('other')), 'c1/0001')).toBeUndefined();

        if (!saved.ok) throw new Error('save failed');
        expect(await store.documents.remove(canvas, 'c1/0001', read.version)).toEqual({
          ok: false,
          reason: 'conflict',
        });
        expect((await store.documents.remove(canvas, 'c1/0001', saved.version)).ok).toBe(true);
        expect(await store.documents.get(canvas, 'c1/0001')).toBeUndefined();
      },
    );

    it(
      "reads a record an older version wrote in today's shape, " + 'by id and by listing, and leaves it as stored',
      async () => {
        const communityId = unique('community');
        const id = `${communityId}/key-1`;
        const old = {
          communityId,
          plannedKey: 'key-1',
          anonymous: true,
          openedAt: now.toISOString(),
          number: 6,
          localDate: '2026-12-15',
          localStart: '15:00',
          timeZone: 'Europe/Brussels',
          deadline: '2026-12-15T14:00:00.000Z',
        };
        const raw = collection(CLOSING_SURVEYS);
        expect((await store.documents.save(raw, id, old, null)).ok).toBe(true);
        const upgraded = { ...old, poolId: 'closing-survey:key-1' };
        expect((await store.documents.get(closingSurveys, id))?.value).toEqual(upgraded);
        expect((await store.documents.list(closingSurveys, `${communityId}/`)).map((d) => d.value)).toEqual([upgraded]);
        expect((await store.documents.get(raw, id))?.value).toEqual(old);
      },
    );

    it("finds a user's memberships in every community and removes one", async () => {
      const user = unique('user');
      const [one, two] = [unique('community'), unique('community')];
      await store.members.add(membership(one, { userId: user, name: 'Griet' }, 'facilitator', now));
      await store.members.add(membership(two, { userId: user, name: 'Griet' }, 'member', now));
      await store.members.add(membership(one, { userId: unique('other'), name: 'Pieter' }, 'member', now));
      expect((await store.members.listByUser(user)).map((m) => [m.communityId, m.role]).sort()).toEqual(
        [
          [one, 'facilitator'],
          [two, 'member'],
        ].sort(),
      );
      await store.members.remove(one, user);
      await store.members.remove(one, user);
      expect(await store.members.get(one, user)).toBeUndefined();
      expect(await store.members.list(one)).toHaveLength(1);
      expect((await store.members.listByUser(user)).map((m) => m.communityId)).toEqual([two]);
    });

    it("lists a community's sessions by number, with versions", async () => {
      const c = unique('community');
      const [three, one, two] = [session(c, 3), session(c, 1), session(c, 2)];
      for (const s of [three, one, two]) await store.sessions.save(s, null);
      await store.sessions.save(session(unique('community'), 1), null);
      const listed = await store.sessions.list(c);
      expect(listed.map((s) => s.value.number)).toEqual([1, 2, 3]);
      expect(listed[0]?.version).toBe((await store.sessions.get(one.id))?.version);
      expect(await store.sessions.list(unique('community'))).toEqual([]);
    });

    it("removes one member's check-in and keeps the others'", async () => {
      const sessionId = unique('session');
      await store.checkIns.upsert(checkIn(sessionId, 'a'));
      await store.checkIns.upsert(checkIn(sessionId, 'b'));
      await store.checkIns.remove(sessionId, 'a');
      await store.checkIns.remove(sessionId, 'nobody');
      expect((await store.checkIns.list(sessionId)).map((c) => c.userId)).toEqual(['b']);
      expect(await store.checkIns.upsert(checkIn(sessionId, 'a'))).toBe('created');
    });

    it('lists every contribution of a community, of every kind and session, with versions to save over', async () => {
      const communityId = unique('community');
      const [s1, s2] = [unique('session'), unique('session')];
      const base = { communityId, phaseIndex: 0, authorId: 'u1', createdAt: now.toISOString(), data: { n: 1 } };
      await store.contributions.save({ ...base, sessionId: s1, kind: 'post-it', id: 'a' }, null);
      await store.contributions.save({ ...base, sessionId: s2, kind: 'ballot', id: 'u1' }, null);
      await store.contributions.save(
        { ...base, communityId: unique('community'), sessionId: unique('session'), kind: 'post-it', id: 'x' },
        null,
      );
      const all = await store.contributions.listAllInCommunity(communityId);
      expect(all.map((c) => `${c.value.kind}/${c.value.id}`)).toEqual(['post-it/a', 'ballot/u1']);
      const ballot = all[1]!;
      expect((await store.contributions.save({ ...ballot.value, data: { n: 2 } }, ballot.version)).ok).toBe(true);
      expect(await store.contributions.save({ ...ballot.value, data: { n: 3 } }, ballot.version)).toEqual({
        ok: false,
        reason: 'conflict',
      });
      expect(await store.contributions.listAllInCommunity(unique('community'))).toEqual([]);
    });

    it('lists key-values by key prefix in key order and removes one', async () => {
      const prefix = `${unique('kv')}:`;
      await store.keyValues.put(`${prefix}b`, { n: 2 });
      await store.keyValues.put(`${prefix}a:😀`, { n: 1 });
      await store.keyValues.put(`${prefix.slice(0, -1)}x`, { n: 9 });
      expect(await store.keyValues.list(prefix)).toEqual([
        { key: `${prefix}a:😀`, value: { n: 1 } },
        { key: `${prefix}b`, value: { n: 2 } },
      ]);
      await store.keyValues.remove(`${prefix}b`);
      await store.keyValues.remove(`${prefix}missing`);
      expect(await store.keyValues.get(`${prefix}b`)).toBeUndefined();
      expect((await store.keyValues.list(prefix)).map((e) => e.key)).toEqual([`${prefix}a:😀`]);
    });

    it(
      "keeps a meeting chat's link to one community: a second link is the same one, another team's facilitator " +
        'cannot move it, and of two links at once exactly one lands',
      async () => {
        const deps = { store, clock: { now: () => now }, ids: { next: () => unique('id') } };
        const [home, other] = [community(), community()];
        for (const [c, userId] of [
          [home, 'griet'],
          [other, 'jan'],
        ] as const) {
          await store.communities.save(c, null);
          await store.members.add(membership(c.id, { userId, name: userId }, 'facilitator', now));
        }
        const chatId = `19:meeting_${unique('chat')}@thread.v2`;
        const link = (communityId: string, actorId: string, chat = chatId) =>
          linkMeeting(deps, { chatId: chat, communityId, actorId });
        expect(await link(home.id, 'griet')).toMatchObject({ ok: true, value: { created: true } });
        expect(await link(home.id, 'griet')).toMatchObject({ ok: true, value: { created: false } });
        expect(await link(other.id, 'jan')).toMatchObject({
          ok: false,
          error: { code: 'errors.meeting.linkedElsewhere' },
        });
        expect((await store.documents.get(meetingLinks, chatId))?.value).toMatchObject({
          communityId: home.id,
          linkedBy: 'griet',
        });
        expect((await communityAt(deps, { teamId: null, channelId: chatId }))?.value.id).toBe(home.id);
        expect(await communityAt(deps, { teamId: 'team-1', channelId: chatId })).toBeUndefined();

        const raced = `19:meeting_${unique('chat')}@thread.v2`;
        const both = await Promise.all([link(home.id, 'griet', raced), link(other.id, 'jan', raced)]);
        expect(both.filter((r) => r.ok)).toHaveLength(1);
        const winner = both[0].ok ? home.id : other.id;
        expect((await store.documents.get(meetingLinks, raced))?.value.communityId).toBe(winner);
      },
    );

    it('reports its health', async () => {
      expect(await store.health()).toMatchObject({ ok: true });
    });
  });
}
