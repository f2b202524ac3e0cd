import { createCommunity, membership } from '../../domain/community/community';
import type { Store } from '../../domain/ports';
import { readsOfOneTurn } from '../../domain/turn-reads';
import { openSqliteStore } from '../../server/storage/sqlite/sqlite-store';

const now = new Date('2026-12-02T14:00:00Z');
const pieter = { userId: '29:pieter', name: 'Pieter' };

let store: Store;
let asked: string[];

/** The store, counting the reads that reach it. */
function counted(real: Store): Store {
  const members = real.members;
  return {
    ...real,
    members: {
      ...members,
      get: (communityId, userId) => {
        asked.push(`members.get ${userId}`);
        return members.get(communityId, userId);
      },
    },
  };
}

beforeEach(() => {
  store = openSqliteStore(':memory:');
  asked = [];
});
afterEach(() => store.close());

it('makes a read the checks and the use case both ask for once', async () => {
  await store.members.add(membership('c1', pieter, 'member', now));
  const turn = readsOfOneTurn(counted(store));
  const [early, later] = [turn.store.members.get('c1', pieter.userId), turn.store.members.get('c1', pieter.userId)];
  expect((await early)?.role).toBe('member');
  expect((await later)?.role).toBe('member');
  expect(asked).toEqual(['members.get 29:pieter']);
});

it('reads from the store again after the turn writes, so it sees its own change', async () => {
  const turn = readsOfOneTurn(counted(store));
  expect(await turn.store.members.get('c1', pieter.userId)).toBeUndefined();
  await turn.store.members.add(membership('c1', pieter, 'member', now));
  expect((await turn.store.members.get('c1', pieter.userId))?.role).toBe('member');
  expect(asked).toHaveLength(2);
});

it('shares nothing past the end of the turn: a later read sees what others wrote', async () => {
  const turn = readsOfOneTurn(counted(store));
  expect(await turn.store.members.get('c1', pieter.userId)).toBeUndefined();
  await store.members.add(membership('c1', pieter, 'observer', now)); // another instance, meanwhile
  turn.end();
  expect((await turn.store.members.get('c1', pieter.userId))?.role).toBe('observer');
});

it('answers a failed early read to whoever asks for it, and then reads afresh', async () => {
  let failing = true;
  const flaky: Store = {
    ...store,
    members: {
      ...store.members,
      get: (c, u) => (failing ? Promise.reject(new Error('store busy')) : store.members.get(c, u)),
    },
  };
  await store.members.add(membership('c1', pieter, 'member', now));
  const turn = readsOfOneTurn(flaky);
  const early = turn.store.members.get('c1', pieter.userId);
  await expect(early).rejects.toThrow('store busy');
  failing = false;
  expect((await turn.store.members.get('c1', pieter.userId))?.role).toBe('member');
});

it('knows the community found by its channel by its id too', async () => {
  const channel = { teamId: 't1', channelId: 'ch1' };
  const community = createCommunity({ id: 'c1', channel, name: 'PLG', language: 'nl', founder: pieter, now });
  await store.communities.save(community, null);
  let byId = 0;
  const watched: Store = {
    ...store,
    communities: { ...store.communities, get: (id) => (byId++, store.communities.get(id)) },
  };
  const turn = readsOfOneTurn(watched);
  const found = await turn.store.communities.findByChannel(channel);
  expect((await turn.store.communities.get('c1'))?.value.name).toBe(found?.value.name);
  expect(byId).toBe(0);
});

it('keeps what was read of one repository when the turn writes to another', async () => {
  await store.members.add(membership('c1', pieter, 'member', now));
  const turn = readsOfOneTurn(counted(store));
  await turn.store.members.get('c1', pieter.userId);
  await turn.store.keyValues.put('card:s1', 'a1');
  await turn.store.members.get('c1', pieter.userId);
  expect(asked).toEqual(['members.get 29:pieter']);
});
