import { randomBytes } from 'node:crypto';
import type { Logger, Store } from '../../domain/ports';
import { startScheduler, type Scheduler } from '../../server/scheduler/scheduler';
import { openAzureTableStore } from '../../server/storage/azure-table/azure-table-store';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { communityIn, depsWith, fakeClock } from '../unit/schedule/schedule-fixtures';
import { openAction, plan } from '../unit/schedule/reminder-fixtures';

// The claims run on the Store port's documents alone: here the Azure Table backend (in Azurite), with its ETags.
jest.setTimeout(60_000);

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
let azurite: Azurite;
const stores: Store[] = [];
const schedulers: Scheduler[] = [];

beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await Promise.all(schedulers.map((s) => s.stop()));
  await Promise.all(stores.map((s) => s.close()));
  await azurite?.stop();
});

it('two instances over one Azure Table store send every reminder exactly once', async () => {
  const tablePrefix = `t${randomBytes(6).toString('hex')}`;
  const open = async () => {
    const store = await openAzureTableStore({ connectionString: azurite.connectionString, tablePrefix });
    stores.push(store);
    return store;
  };
  const clock = fakeClock('2026-11-22T08:00:00Z');
  const first = depsWith(await open(), clock);
  const second = depsWith(await open(), clock);
  await communityIn(first.store, clock);
  await plan(first, '/plan 8/12 15:00-16:30 closing');
  await openAction(first, 'a1', '2026-12-08');
  const sent: string[] = [];
  const start = (deps: typeof first, instanceId: string) => {
    const s = startScheduler({
      deps,
      log: quiet,
      tickMs: 3_600_000,
      instanceId,
      send: (r) => Promise.resolve(void sent.push(r.id)),
    });
    schedulers.push(s);
    return s;
  };
  const a = start(first, 'a');
  const b = start(second, 'b');
  await Promise.all([a.firstPass, b.firstPass]);
  for (const at of [
    '2026-12-01T14:00:00Z',
    '2026-12-06T14:00:00Z',
    '2026-12-06T14:30:00Z',
    '2026-12-08T13:00:00Z',
    '2026-12-08T13:30:00Z',
  ]) {
    clock.set(at);
    await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
  }
  // The questionnaire, the 2-day and the 1-hour reminder, and the action on both days.
  expect(sent.sort()).toEqual([
    'action/community-1/session-0/a1/2026-12-06',
    'action/community-1/session-0/a1/2026-12-08',
    `session/community-1/2026-12-08T14:00:00.000Z/P2D`,
    `session/community-1/2026-12-08T14:00:00.000Z/PT1H`,
    `survey/community-1/2026-12-08T14:00:00.000Z`,
  ]);
});
