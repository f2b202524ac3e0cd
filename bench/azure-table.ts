/**
 * The dot-vote turn on the Azure Table backend: the real server (`server/main.ts`, local mode) with
 * LEERKRING_STORE=azure-table on Azurite (the Azure Storage emulator, in a process of its own), under
 * the same closed-loop load and the same ballots as `npm run bench` measures on SQLite.
 *
 * `benchAzureTableVote` is for bench/run.ts (it brings its own Azurite and server, and uses the
 * caller's stub Connector). Run directly, it also measures the SQLite server and the echo floor, one
 * after the other at each concurrency, and prints them side by side:
 *   npx tsx bench/azure-table.ts   (BENCH_SECONDS, BENCH_WARMUP_SECONDS, BENCH_MEMBERS, BENCH_VOTE_IDEAS as for run.ts;
 *                                   BENCH_AZURE_CONCURRENCY=1,16)
 * Azurite is not Azure: it runs on this machine, in memory, so its figures say what the backend costs
 * the server (more requests per turn, JSON over HTTP) rather than what Azure's latency would be.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { message, users } from '../tests/fakes/activities';
import { startAzurite, type Azurite } from '../tests/helpers/azurite';
import { localModeEnv } from '../tests/helpers/local-mode-env';
import { cpuMs, freePort, killAllNow, startChild, stopAll, waitForHttp, waitForReady, type Child } from './children';
import type { ConnectorMessage } from './connector-process';
import { runLoad, type LoadResult } from './load';
import { LOAD_COLUMNS, table } from './table';
import { setUpVote, voteBody, voteSaved, type BenchChannel } from './vote';
import { measureRoundTrips, roundTripReport, type RoundTripRow } from './azure-round-trips';
import { startStorageProxy } from './storage-proxy';

const ROOT = path.resolve(__dirname, '..');
/** A channel of its own, so the vote is a community of its own whatever else the caller measured. */
export const AZURE_VOTE_CHANNEL: BenchChannel = {
  id: '19:channel-bench-azure@thread.tacv2',
  name: 'Stemmen op Azure (bench)',
};

export interface AzureBenchOptions {
  /** The caller's stub Connector (bench/connector-process.ts); the serviceUrl the bot calls back. */
  connector: { child: Child; url: string };
  concurrency: number[];
  seconds: number;
  warmupSeconds: number;
  /** Distinct members voting (as BENCH_MEMBERS). */
  members: number;
  ideas: number;
  /** Pin the server to this CPU (`taskset -c`), as run.ts does with BENCH_PIN=1. */
  cpu?: number;
}

export interface AzureBenchRow extends LoadResult {
  /** The server's CPU during the window, in % of one core. */
  botCpuPct: number;
  /** The server's CPU time per answered turn, in µs (Azurite's own CPU is not in it). */
  botCpuUsPerTurn: number;
  /** Azurite's CPU time per answered turn, in µs: what the emulator spent on the turn's storage calls. */
  azuriteCpuUsPerTurn: number;
}

/** The rows at Azurite's own speed, and those with a storage account's round-trip time added. */
export interface AzureBenchResult {
  rows: AzureBenchRow[];
  roundTrips: RoundTripRow[];
}

/** Starts Azurite and a server on it, opens a vote, measures it at each concurrency, stops both. */
export async function benchAzureTableVote(o: AzureBenchOptions): Promise<AzureBenchResult> {
  const azurite = await startAzurite();
  const proxy = await startStorageProxy(azurite.tableEndpoint);
  let server: Child | undefined;
  try {
    const started = await startServer(
      {
        LEERKRING_STORE: 'azure-table',
        LEERKRING_STORAGE_CONNECTION_STRING: azurite.connectionString.replace(
          azurite.tableEndpoint,
          proxy.tableEndpoint,
        ),
        LEERKRING_TABLE_PREFIX: `bench${Date.now()}`,
      },
      'server-azure-table',
      o.cpu,
    );
    server = started.child;
    const setup = await setUpVote({
      serverUrl: started.url,
      connector: o.connector.child,
      serviceUrl: o.connector.url,
      channel: AZURE_VOTE_CHANNEL,
      ideas: o.ideas,
    });
    const body = voteBody(setup, o.members, 'bench-azure');
    const rows: AzureBenchRow[] = [];
    // One untimed warm-up (JIT, connection pools), as run.ts does for every bot.
    await measure(
      started,
      azurite,
      body,
      voteSaved(setup.lang),
      Math.max(...o.concurrency),
      0,
      Math.max(1000, o.warmupSeconds * 1000),
    );
    for (const concurrency of o.concurrency) {
      rows.push(
        await measure(
          started,
          azurite,
          body,
          voteSaved(setup.lang),
          concurrency,
          o.warmupSeconds * 1000,
          o.seconds * 1000,
        ),
      );
    }
    const roundTrips = await measureRoundTrips(proxy, (concurrency, onWindow) =>
      runLoad({
        url: `${started.url}/api/messages`,
        concurrency,
        warmupMs: Math.max(500, o.warmupSeconds * 1000),
        measureMs: o.seconds * 1000,
        body,
        ok: voteSaved(setup.lang),
        onWindow,
      }),
    );
    return { rows, roundTrips };
  } finally {
    if (server) await stop(server);
    await proxy.stop();
    await azurite.stop();
  }
}

async function measure(
  server: { child: Child; url: string },
  azurite: Azurite | undefined,
  body: (n: number) => string,
  ok: (status: number, body: string) => boolean,
  concurrency: number,
  warmupMs: number,
  measureMs: number,
): Promise<AzureBenchRow> {
  const at = { open: { t: NaN, bot: NaN, azurite: NaN }, close: { t: NaN, bot: NaN, azurite: NaN } };
  const onWindow = (edge: 'open' | 'close') =>
    (at[edge] = { t: performance.now(), bot: cpuMs(server.child.proc.pid), azurite: cpuMs(azurite?.pid) });
  const r = await runLoad({ url: `${server.url}/api/messages`, concurrency, warmupMs, measureMs, body, ok, onWindow });
  const perTurn = (key: 'bot' | 'azurite') => (r.requests ? ((at.close[key] - at.open[key]) * 1000) / r.requests : NaN);
  const botCpuPct = ((at.close.bot - at.open.bot) / (at.close.t - at.open.t)) * 100;
  return { ...r, botCpuPct, botCpuUsPerTurn: perTurn('bot'), azuriteCpuUsPerTurn: perTurn('azurite') };
}

/** The real server in local mode on a free port; `extra` picks its store. */
async function startServer(
  extra: Record<string, string>,
  name: string,
  cpu?: number,
): Promise<{ child: Child; url: string }> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-bench-azure-'));
  const env = localModeEnv({ PORT: String(port), LEERKRING_DATA_DIR: dataDir, ...extra });
  const child = startChild({
    name,
    script: path.join(ROOT, 'server', 'main.ts'),
    cwd: ROOT,
    env,
    countInStderr: 'turn failed',
    ...(cpu === undefined ? {} : { cpu }),
  });
  void child.exited.then(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(child, `${url}/healthz`);
  return { child, url };
}

async function stop(child: Child): Promise<void> {
  if (child.hasExited()) return;
  child.proc.kill('SIGTERM');
  const timer = setTimeout(() => child.proc.kill('SIGKILL'), 5000);
  await child.exited;
  clearTimeout(timer);
}

export const AZURE_LABEL = 'dot-vote, Azure Table (Azurite)';

/**
 * A row in bench/run.ts's table (scenario, concurrency, req/s, p50 ms, p99 ms, × echo, req/s spread,
 * bot CPU, µs CPU/turn, errors); one run, so no spread.
 */
export function tableRow(
  label: string,
  r: LoadResult & { botCpuPct?: number; botCpuUsPerTurn?: number },
  echoRps?: number,
): string[] {
  const fmt = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
  return [
    label,
    String(r.concurrency),
    fmt(r.rps, 0),
    fmt(r.p50Ms, 1),
    fmt(r.p99Ms, 1),
    echoRps ? fmt(r.rps / echoRps, 2) : '–',
    '–',
    r.botCpuPct === undefined ? '–' : `${fmt(r.botCpuPct, 0)} %`,
    fmt(r.botCpuUsPerTurn ?? NaN, 0),
    String(r.errors),
  ];
}

/** The figures for run.ts's closing JSON line. */
export function jsonFigures(rows: AzureBenchRow[]): Record<string, number | null> {
  const round = (x: number, digits: number) =>
    Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : null;
  const out: Record<string, number | null> = {};
  for (const r of rows) {
    out[`vote_azure_table_rps_${r.concurrency}`] = round(r.rps, 1);
    out[`vote_azure_table_p50_ms_${r.concurrency}`] = round(r.p50Ms, 2);
    out[`vote_azure_table_p99_ms_${r.concurrency}`] = round(r.p99Ms, 2);
    out[`vote_azure_table_errors_${r.concurrency}`] = r.errors;
    out[`vote_azure_table_cpu_us_per_turn_${r.concurrency}`] = round(r.botCpuUsPerTurn, 1);
    out[`vote_azure_table_azurite_cpu_us_per_turn_${r.concurrency}`] = round(r.azuriteCpuUsPerTurn, 1);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Run directly: Azure Table next to SQLite and the echo floor.

async function main(): Promise<void> {
  const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
  const o = {
    seconds: num('BENCH_SECONDS', 2.5),
    warmupSeconds: num('BENCH_WARMUP_SECONDS', 0.5),
    members: num('BENCH_MEMBERS', 256),
    ideas: num('BENCH_VOTE_IDEAS', 10),
    concurrency: (process.env.BENCH_AZURE_CONCURRENCY || '1,16').split(',').map(Number),
  };
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const connectorChild = startChild({
    name: 'connector',
    script: path.join(__dirname, 'connector-process.ts'),
    cwd: ROOT,
    env: process.env,
    ipc: true,
    stopLast: true,
  });
  const connector = {
    child: connectorChild,
    url: (await waitForReady<Extract<ConnectorMessage, { type: 'ready' }>>(connectorChild)).url,
  };

  log('echo floor…');
  const echoPort = await freePort();
  const echoChild = startChild({
    name: 'echo-bot',
    script: path.join(__dirname, 'echo-bot.ts'),
    cwd: ROOT,
    env: { ...process.env, PORT: String(echoPort) },
    ipc: true,
  });
  const echo = { child: echoChild, url: (await waitForReady<{ type: 'ready'; url: string }>(echoChild)).url };
  const echoBody = (n: number) => JSON.stringify(message(`hallo ${n}`, users.pieter, { serviceUrl: connector.url }));
  const load = (
    url: string,
    body: (n: number) => string,
    ok: (status: number, text: string) => boolean,
    concurrency: number,
    warmupMs = o.warmupSeconds * 1000,
    measureMs = o.seconds * 1000,
  ) => runLoad({ url: `${url}/api/messages`, concurrency, warmupMs, measureMs, body, ok });
  await load(echo.url, echoBody, (s) => s === 200, Math.max(...o.concurrency), 0, 1000);
  const echoRows = new Map<number, LoadResult>();
  for (const c of o.concurrency) echoRows.set(c, await load(echo.url, echoBody, (s) => s === 200, c));
  await stop(echo.child);

  log('dot-vote on SQLite…');
  const sqlite = await startServer({ LEERKRING_STORE: 'sqlite' }, 'server-sqlite');
  const setup = await setUpVote({
    serverUrl: sqlite.url,
    connector: connector.child,
    serviceUrl: connector.url,
    channel: AZURE_VOTE_CHANNEL,
    ideas: o.ideas,
  });
  const sqliteBody = voteBody(setup, o.members, 'bench-sqlite');
  await load(sqlite.url, sqliteBody, voteSaved(setup.lang), Math.max(...o.concurrency), 0, 1000);
  const sqliteRows = new Map<number, AzureBenchRow>();
  for (const c of o.concurrency)
    sqliteRows.set(
      c,
      await measure(sqlite, undefined, sqliteBody, voteSaved(setup.lang), c, o.warmupSeconds * 1000, o.seconds * 1000),
    );
  await stop(sqlite.child);

  log('dot-vote on Azure Table storage (Azurite)…');
  const { rows: azure, roundTrips } = await benchAzureTableVote({ connector, ...o });
  const trips = roundTripReport(roundTrips);

  const rows = [LOAD_COLUMNS];
  const json: Record<string, unknown> = jsonFigures(azure);
  for (const c of o.concurrency) {
    const e = echoRows.get(c) as LoadResult;
    const s = sqliteRows.get(c) as AzureBenchRow;
    const a = azure.find((r) => r.concurrency === c) as AzureBenchRow;
    rows.push(tableRow('echo (floor)', e), tableRow('dot-vote, SQLite', s, e.rps), tableRow(AZURE_LABEL, a, e.rps));
    Object.assign(json, {
      [`echo_rps_${c}`]: Math.round(e.rps),
      [`vote_sqlite_rps_${c}`]: Math.round(s.rps),
      [`vote_sqlite_p99_ms_${c}`]: Math.round(s.p99Ms * 10) / 10,
    });
  }
  process.stdout.write(`\n${table(rows)}\n\n`);
  const azuriteCpu = azure.map((r) => `${Math.round(r.azuriteCpuUsPerTurn)} µs at ${r.concurrency}`).join(', ');
  process.stdout.write(
    `one run each, ${o.warmupSeconds} s warm-up + ${o.seconds} s; ` +
      `votes on ${o.ideas} ideas from ${o.members} members; ` +
      `Azurite runs on this machine in memory (its own CPU per turn: ${azuriteCpu})\n`,
  );
  process.stdout.write(
    `round trips on Azure Table storage (a proxy adds each trip's latency):\n${trips.lines.join('\n')}\n`,
  );
  process.stdout.write(`${JSON.stringify({ ...json, ...trips.json })}\n`);
}

if (require.main === module) {
  process.on('exit', killAllNow);
  main().then(
    () => stopAll().then(() => process.exit(0)),
    (error: unknown) => {
      process.stderr.write(`bench broke: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      void stopAll().then(() => process.exit(1));
    },
  );
}
