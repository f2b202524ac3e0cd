import { CommunityWatch } from '../../../server/live/community-watch';
import { startSession } from '../../../domain/session/start-session';
import { moveSessionPhase } from '../../../domain/session/steer-session';
import type { Deps } from '../../../domain/ports';
import { openSqliteStore } from '../../../server/storage/sqlite/sqlite-store';

const place = { channel: { teamId: '19:team', channelId: '19:channel' }, name: 'PLG', language: 'nl' as const };
const griet = { userId: '29:griet', name: 'Griet' };
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('watching a community for changes', () => {
  let deps: Deps;
  let ids = 0;
  beforeEach(() => {
    deps = { store: openSqliteStore(':memory:'), clock: { now: () => new Date() }, ids: { next: () => `id-${++ids}` } };
  });
  afterEach(() => deps.store.close());

  it(
    'polls once per community however many tabs listen, ' +
      'tells each of them about a change, and stops with the last',
    async () => {
      const started = await startSession(deps, { place, actor: griet, format: 'regular' });
      if (!started.ok) throw new Error(started.error.code);
      const watch = new CommunityWatch(deps, silent, 10);
      const seen: string[][] = [[], []];
      const next = (i: number, count: number) =>
        new Promise<void>((resolve) => {
          const check = setInterval(() => seen[i]!.length >= count && (clearInterval(check), resolve()), 5);
        });
      const stops = [0, 1].map((i) => watch.subscribe(started.value.community.id, (f) => seen[i]!.push(f)));
      expect(watch.pollers).toBe(1);
      await Promise.all([next(0, 1), next(1, 1)]);
      await moveSessionPhase(deps, { channel: place.channel, actorId: griet.userId }, 1);
      await Promise.all([next(0, 2), next(1, 2)]);
      expect(seen[0]![1]).not.toBe(seen[0]![0]);
      expect(seen[1]![1]).toBe(seen[0]![1]);
      stops.forEach((stop) => stop());
      expect(watch.pollers).toBe(0);
      watch.close();
    },
  );
});
