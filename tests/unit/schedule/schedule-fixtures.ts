import { membership, createCommunity, type Community } from '../../../domain/community/community';
import type { Deps, Store } from '../../../domain/ports';
import { openSqliteStore } from '../../../server/storage/sqlite/sqlite-store';
import { fakeClock, type FakeClock } from '../../helpers/fake-clock';

export { fakeClock, type FakeClock };

/** Every third Tuesday from 22 November 2026, half a year ahead: what `/plan every third tuesday` plans. */
export const THIRD_TUESDAYS = ['2026-12-15', '2027-01-19', '2027-02-16', '2027-03-16', '2027-04-20', '2027-05-18'];

export const griet = { userId: '29:griet', name: 'Griet' };
export const pieter = { userId: '29:pieter', name: 'Pieter' };

let counter = 0;

export function depsWith(store: Store, clock: FakeClock): Deps {
  return { store, clock, ids: { next: () => `id-${++counter}` } };
}

/** A community with Griet as facilitator and Pieter as member, in a fresh in-memory store. */
export async function communityIn(store: Store, clock: FakeClock, id = 'community-1'): Promise<Community> {
  const community = createCommunity({
    id,
    channel: { teamId: 'team-1', channelId: `channel-${id}` },
    name: 'PLG Anatomie & Fysiologie',
    language: 'nl',
    founder: griet,
    now: clock.now(),
  });
  await store.members.add(membership(id, griet, 'facilitator', clock.now()));
  await store.members.add(membership(id, pieter, 'member', clock.now()));
  await store.communities.save(community, null);
  return community;
}

export async function freshDeps(iso: string): Promise<{ deps: Deps; clock: FakeClock; community: Community }> {
  const clock = fakeClock(iso);
  const store = openSqliteStore(':memory:');
  const community = await communityIn(store, clock);
  return { deps: depsWith(store, clock), clock, community };
}

export interface Fixture {
  deps: Deps;
  clock: FakeClock;
  community: Community;
}

/** A fresh store, clock and community before each test of the file, handed to `use`; the store closes after each. */
export function eachFresh(iso: string, use: (fixture: Fixture) => void): void {
  let deps: Deps | undefined;
  beforeEach(async () => {
    const fixture = await freshDeps(iso);
    deps = fixture.deps;
    use(fixture);
  });
  afterEach(() => deps?.store.close());
}
