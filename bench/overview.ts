/**
 * `npx tsx bench/overview.ts`: the leaders' Overview (GET /api/tab/overview) for one person in 50 communities of 13
 * ended sessions each, on the SQLite store, over HTTP against the real server in local mode. Target: p50 < 300 ms.
 * Seeded straight into the store as the use cases leave it (each ended session with its summary, a few actions each).
 * Settings (environment): BENCH_OVERVIEW_RUNS=30
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ACTION_KIND } from '../domain/activities/actions/actions';
import { createCommunity, membership } from '../domain/community/community';
import type { Deps } from '../domain/ports';
import { summariseSession } from '../domain/report/session-summary';
import { endedSession, startedSession } from '../domain/session/session';
import { readLocalSample, type LocalUser } from '../server/auth/local-identities';
import { createApp } from '../server/app';
import { loadConfig } from '../server/config';

export const OVERVIEW_TARGET_MS = 300;
const COMMUNITIES = 50;
const SESSIONS = 13;

async function seed(deps: Deps, user: LocalUser): Promise<void> {
  const person = { userId: user.userId, name: user.name, aadObjectId: user.aadObjectId };
  for (let c = 0; c < COMMUNITIES; c++) {
    const now = new Date(Date.UTC(2026, 8, 1));
    const channel = { teamId: `team-${c}`, channelId: `19:bench-${c}@thread.tacv2` };
    const community = createCommunity({
      id: `bench-${c}`,
      channel,
      name: `PLG ${c}`,
      language: 'nl',
      founder: person,
      now,
    });
    await deps.store.communities.save(community, null);
    await deps.store.members.add(membership(community.id, person, c % 3 === 0 ? 'facilitator' : 'member', now));
    for (let m = 0; m < 11; m++)
      await deps.store.members.add(membership(community.id, { userId: `29:m${m}`, name: `Lid ${m}` }, 'member', now));
    for (let n = 1; n <= SESSIONS; n++) {
      const at = new Date(now.getTime() + n * 7 * 86_400_000);
      const started = startedSession({
        id: `bench-${c}-s${n}`,
        communityId: community.id,
        number: n,
        format: 'regular',
        startedBy: person.userId,
        questionIndex: n,
        now: at,
      });
      const ended = endedSession(started, new Date(at.getTime() + 3_600_000));
      if (!ended.ok) throw new Error(ended.error.code);
      await deps.store.sessions.save(ended.value, null);
      for (let a = 0; a < 3; a++) {
        const data = { what: `Actie ${a}`, ownerId: `29:m${a}`, ownerName: `Lid ${a}`, due: '2026-12-08' };
        const status = a === 0 ? 'done' : 'open';
        const base = { communityId: community.id, sessionId: ended.value.id, phaseIndex: 0, kind: ACTION_KIND };
        const record = { ...base, id: `a${a}`, authorId: person.userId, createdAt: at.toISOString() };
        await deps.store.contributions.save({ ...record, data: { ...data, status } }, null);
      }
      await summariseSession(deps, ended.value);
    }
  }
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** Median and 95th percentile of the Overview request, after one unmeasured warm-up. */
export async function benchOverview(runs = Number(process.env.BENCH_OVERVIEW_RUNS || 30)) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-bench-overview-'));
  const log = { info: () => undefined, warn: () => undefined, error: (m: string) => process.stderr.write(`${m}\n`) };
  const app = createApp(loadConfig({ PORT: '0', LEERKRING_DATA_DIR: dataDir }), { log });
  const { url } = await app.listen();
  const user = readLocalSample().users[0];
  if (!user) throw new Error('.m365agentsplayground.yml has no sample user');
  try {
    await seed(app.deps, user);
    const times: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const start = performance.now();
      const res = await fetch(`${url}/api/tab/overview`, { headers: { 'x-leerkring-local-user': user.userId } });
      const body = (await res.json()) as { communities: unknown[] };
      if (res.status !== 200 || body.communities.length !== COMMUNITIES)
        throw new Error(`the Overview answered ${res.status} with ${body.communities?.length} communities`);
      if (run > 0) times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { communities: COMMUNITIES, sessions: SESSIONS, p50Ms: quantile(times, 0.5), p95Ms: quantile(times, 0.95) };
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchOverview().then(
    (r) => {
      process.stdout.write(
        `overview (${r.communities} communities × ${r.sessions} sessions, SQLite): ` +
          `p50 ${r.p50Ms.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms (target p50 < ${OVERVIEW_TARGET_MS})\n`,
      );
      process.stdout.write(`${JSON.stringify(r)}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
