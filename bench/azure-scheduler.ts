/**
 * One scheduler pass (the reminders due now) over `communities` communities with a session planned and nothing due,
 * on Azure Table storage (Azurite) behind bench/storage-proxy.ts adding each storage trip's latency.
 *   npx tsx bench/azure-scheduler.ts   (BENCH_SCHEDULER_COMMUNITIES=300)
 */
import { performance } from 'node:perf_hooks';
import { createCommunity } from '../domain/community/community';
import type { Store } from '../domain/ports';
import { remindersDue } from '../domain/schedule/find-due-reminders';
import { plannedSessionId, plannedSessions, type PlannedSession } from '../domain/schedule/planned-session';
import { openAzureTableStore } from '../server/storage/azure-table/azure-table-store';
import { startAzurite } from '../tests/helpers/azurite';
import { LATENCIES_MS } from './azure-round-trips';
import { startStorageProxy } from './storage-proxy';

export interface SchedulerPassRow {
  latencyMs: number;
  ms: number;
  roundTrips: number;
}

const NOW = new Date('2026-12-02T09:00:00Z');
const founder = { userId: '29:bench', name: 'Bench' };

/** Seeds the communities, then times one pass at each latency. */
export async function benchSchedulerPass(communities: number): Promise<SchedulerPassRow[]> {
  const azurite = await startAzurite();
  const proxy = await startStorageProxy(azurite.tableEndpoint);
  try {
    const store = await openAzureTableStore({
      connectionString: azurite.connectionString.replace(azurite.tableEndpoint, proxy.tableEndpoint),
      tablePrefix: `sched${Date.now()}`,
    });
    await seed(store, communities);
    const deps = { store, clock: { now: () => NOW }, ids: { next: () => 'unused' } };
    await remindersDue(deps, NOW); // warm-up
    const rows: SchedulerPassRow[] = [];
    for (const latencyMs of LATENCIES_MS) {
      proxy.setLatency(latencyMs);
      const before = proxy.requests();
      const start = performance.now();
      const due = await remindersDue(deps, NOW);
      if (due.length) throw new Error(`the bench plans nothing due, yet ${due.length} reminders were`);
      rows.push({ latencyMs, ms: performance.now() - start, roundTrips: proxy.requests() - before });
    }
    await store.close();
    return rows;
  } finally {
    await proxy.stop();
    await azurite.stop();
  }
}

/** Communities with one session planned in three weeks: no reminder is due yet. */
async function seed(store: Store, count: number): Promise<void> {
  const start = new Date(NOW.getTime() + 21 * 86_400_000);
  const end = new Date(start.getTime() + 90 * 60_000);
  for (let i = 0; i < count; i++) {
    const id = `bench-community-${i}`;
    const channel = { teamId: `team-${i}`, channelId: `19:bench-${i}@thread.tacv2` };
    await store.communities.save(
      createCommunity({ id, channel, name: `PLG ${i}`, language: 'nl', founder, now: NOW }),
      null,
    );
    const planned: PlannedSession = {
      id: plannedSessionId(id, start),
      key: `key-${i}`,
      sequence: 0,
      communityId: id,
      start: start.toISOString(),
      end: end.toISOString(),
      timeZone: 'Europe/Brussels',
      localDate: '2026-12-23',
      localStart: '10:00',
      localEnd: '11:30',
      format: 'regular',
      topics: [],
      closing: false,
      plannedBy: founder.userId,
      plannedAt: NOW.toISOString(),
    };
    await store.documents.save(plannedSessions, planned.id, planned, null);
  }
}

if (require.main === module) {
  const communities = Number(process.env.BENCH_SCHEDULER_COMMUNITIES || 300);
  benchSchedulerPass(communities).then(
    (rows) => {
      for (const r of rows)
        process.stdout.write(
          `scheduler pass, ${communities} communities, +${r.latencyMs} ms per trip: ` +
            `${r.ms.toFixed(0)} ms, ${r.roundTrips} round trips\n`,
        );
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`bench broke: ${String(error)}\n`);
      process.exit(1);
    },
  );
}
