/**
 * `npm run bench`: the check-in submission turn of the real server next to the framework's floor
 * (a bare echo bot on the same botbuilder + restify stack), over HTTP, in the same run.
 *
 * Processes (2 cores): this one is the load generator; the stub Bot Connector, the echo bot and the
 * real server (`server/main.ts`, local mode, fresh SQLite dir) each run in a child process. Only one
 * bot is under load at a time. With BENCH_PIN=1 the bots get CPU 1 to themselves and the load
 * generator and the connector share CPU 0.
 *
 * Rounds are interleaved (echo, check-in at each concurrency; the order flips every round) and the
 * table shows medians over rounds; "× echo" is the median of the per-round paired ratios. The bot's
 * CPU time per turn (from /proc) is shown too: on a busy machine it is steadier than req/s.
 *
 * Check-ins come from a pool of members (BENCH_MEMBERS), each request with answers of its own, so
 * every one is stored. A pool rather than a new member per request: a session holds tens of
 * check-ins, not the tens of thousands a bench sends, and the per-turn cost grows with that number.
 *
 * Progress goes to stderr; stdout gets the table, the verdict and, as its very last line, one JSON
 * object with every figure. Exits non-zero only when the bench itself breaks (a child does not
 * start, more than 1 % errors).
 *
 * Settings (environment):
 *   BENCH_SECONDS=3          measured seconds per measurement
 *   BENCH_WARMUP_SECONDS=1   unmeasured seconds before each measurement
 *   BENCH_ROUNDS=3           interleaved rounds
 *   BENCH_CONCURRENCY=1,16,64
 *   BENCH_MEMBERS=256        distinct members sending check-ins (0: a new member for every request)
 *   BENCH_PIN=0|1            pin bots to CPU 1, load generator + connector to CPU 0 (needs taskset)
 *   BENCH_ONLY=echo|checkin  run one scenario only (e.g. to profile)
 *   BENCH_CPU_PROF=<dir>     V8 CPU profiles of the server and the echo bot, in <dir>/server and
 *                            <dir>/echo-bot; summarise with `tsx bench/profile-summary.ts <file>`
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pc from 'picocolors';
import { MOODS } from '../domain/activities/check-in';
import { cardAction, message, users, type TestUser } from '../tests/fakes/activities';
import type { ConnectorMessage } from './connector-process';
import { ask, cpuMs, freePort, killAllNow, startChild, stopAll, waitForHttp, waitForReady, type Child } from './children';
import { runLoad, type LoadResult } from './load';

const ROOT = path.resolve(__dirname, '..');
const TARGET_RATIO = 0.5;
const MAX_ERROR_RATE = 0.01;

type Scenario = 'echo' | 'checkin';

interface Settings {
  seconds: number;
  warmupSeconds: number;
  rounds: number;
  concurrency: number[];
  members: number;
  pin: boolean;
  only?: Scenario;
  cpuProfDir?: string;
}

function settings(): Settings {
  const num = (name: string, fallback: number, min: number) => {
    const raw = process.env[name];
    const value = raw === undefined || raw === '' ? fallback : Number(raw);
    if (!Number.isFinite(value) || value < min) throw new Error(`${name}=${raw} is not a number ≥ ${min}`);
    return value;
  };
  const concurrency = (process.env.BENCH_CONCURRENCY || '1,16,64').split(',').map((s) => Number(s.trim()));
  if (concurrency.some((c) => !Number.isInteger(c) || c < 1)) throw new Error(`BENCH_CONCURRENCY=${process.env.BENCH_CONCURRENCY} must list whole numbers ≥ 1`);
  const only = process.env.BENCH_ONLY || undefined;
  if (only !== undefined && only !== 'echo' && only !== 'checkin') throw new Error(`BENCH_ONLY=${only} must be echo or checkin`);
  const pin = process.env.BENCH_PIN === '1';
  if (pin && os.availableParallelism() < 2) throw new Error('BENCH_PIN=1 needs at least 2 CPUs');
  const s: Settings = {
    seconds: num('BENCH_SECONDS', 3, 0.1),
    warmupSeconds: num('BENCH_WARMUP_SECONDS', 1, 0),
    rounds: Math.round(num('BENCH_ROUNDS', 3, 1)),
    concurrency,
    members: Math.round(num('BENCH_MEMBERS', 256, 0)),
    pin,
  };
  if (only) s.only = only;
  if (process.env.BENCH_CPU_PROF) s.cpuProfDir = path.resolve(process.env.BENCH_CPU_PROF);
  return s;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// The processes

const BOT_CPU = 1;
const LOAD_CPU = 0;

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  // No Microsoft identity may leak in from the caller's shell: the server must run in local mode.
  for (const key of ['MicrosoftAppId', 'MicrosoftAppType', 'MicrosoftAppTenantId', 'MicrosoftAppPassword', 'LEERKRING_DB', 'HOST']) delete env[key];
  env.NODE_OPTIONS = [process.env.NODE_OPTIONS, '--disable-warning=DEP0111'].filter(Boolean).join(' ');
  return env;
}

const profArgs = (s: Settings, name: string): string[] =>
  // One file per thread (tsx's loader runs in a worker thread too); the main thread's is the larger one.
  s.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(s.cpuProfDir, name)}`] : [];

async function startConnector(s: Settings): Promise<{ child: Child; url: string }> {
  const child = startChild({
    name: 'connector',
    script: path.join(__dirname, 'connector-process.ts'),
    cwd: ROOT,
    env: childEnv({}),
    ipc: true,
    stopLast: true,
    ...(s.pin ? { cpu: LOAD_CPU } : {}),
  });
  const ready = await waitForReady<Extract<ConnectorMessage, { type: 'ready' }>>(child);
  return { child, url: ready.url };
}

async function startEcho(s: Settings): Promise<{ child: Child; url: string }> {
  const child = startChild({
    name: 'echo-bot',
    nodeArgs: profArgs(s, 'echo-bot'),
    script: path.join(__dirname, 'echo-bot.ts'),
    cwd: ROOT,
    env: childEnv({ PORT: String(await freePort()) }),
    ipc: true,
    countInStderr: 'turn failed',
    ...(s.pin ? { cpu: BOT_CPU } : {}),
  });
  const ready = await waitForReady<{ type: 'ready'; url: string }>(child);
  return { child, url: ready.url };
}

async function startServer(s: Settings, dataDir: string): Promise<{ child: Child; url: string }> {
  const port = await freePort();
  const child = startChild({
    name: 'server',
    nodeArgs: profArgs(s, 'server'),
    script: path.join(ROOT, 'server', 'main.ts'),
    cwd: ROOT,
    env: childEnv({ PORT: String(port), LEERKRING_DATA_DIR: dataDir }),
    countInStderr: 'turn failed',
    ...(s.pin ? { cpu: BOT_CPU } : {}),
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(child, `${url}/healthz`);
  return { child, url };
}

// ---------------------------------------------------------------------------------------------
// The turns

async function postJson(url: string, activity: Record<string, unknown>): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  return { status: res.status, text: await res.text() };
}

/** `/start-session` by a facilitator: founds the community and posts the check-in card, whose sessionId we read. */
async function startSession(serverUrl: string, connector: Child, serviceUrl: string): Promise<string> {
  const started = await postJson(`${serverUrl}/api/messages`, message('/start-session', users.griet, { serviceUrl }));
  if (started.status !== 200) throw new Error(`/start-session answered HTTP ${started.status}: ${started.text.slice(0, 300)}`);
  const end = Date.now() + 5000;
  for (;;) {
    const { call } = await ask<Extract<ConnectorMessage, { type: 'lastReply' }>>(connector, { type: 'lastReply' }, 'lastReply');
    const attachments = (call?.activity.attachments ?? []) as { content?: { actions?: { data?: { sessionId?: unknown } }[] } }[];
    const sessionId = attachments[0]?.content?.actions?.[0]?.data?.sessionId;
    if (typeof sessionId === 'string') return sessionId;
    if (Date.now() > end) throw new Error(`no check-in card with a sessionId reached the connector; last reply: ${JSON.stringify(call?.activity ?? null).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const DISHES = ['Stoofvlees', 'Waterzooi', 'Stoemp', 'Vol-au-vent', 'Mosselen met friet', 'Balletjes in tomatensaus'];

interface Scenarios {
  echo: { url: string; body: (n: number) => string; ok: (status: number) => boolean };
  checkin: { url: string; body: (n: number) => string; ok: (status: number, body: string) => boolean };
}

function scenarios(echoUrl: string, serverUrl: string, serviceUrl: string, sessionId: string, members: number): Scenarios {
  const where = { serviceUrl };
  return {
    echo: {
      url: `${echoUrl}/api/messages`,
      body: (n) => JSON.stringify(message(`hallo ${n}`, users.pieter, where)),
      ok: (status) => status === 200,
    },
    checkin: {
      url: `${serverUrl}/api/messages`,
      body: (n) => {
        const member = members > 0 ? n % members : n;
        const user: TestUser = { id: `29:bench-${member}`, name: `Lid ${member}` };
        // Request n differs from every earlier one of the same member, so the store always writes.
        const data = {
          sessionId,
          phaseIndex: 0,
          cardVersion: 1,
          mood: MOODS[n % MOODS.length],
          answer: `${DISHES[n % DISHES.length]} (${n})`,
          sinceLastTime: '',
          obstacles: '',
        };
        return JSON.stringify(cardAction('checkin.submit', data, user, where));
      },
      // The invoke answer is the member's card with the green "saved" notice. A failed turn also
      // answers 200 (with an error card), so the status alone would not catch it.
      ok: (status, body) => status === 200 && body.includes('"style":"good"'),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Figures

const median = (values: number[]): number => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2;
};

const round1 = (x: number) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null);
const round2 = (x: number) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : null);
const round3 = (x: number) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : null);

/** (max − min) / median, as a percentage: how much the rounds disagreed. */
const spread = (values: number[]): number => {
  const m = median(values);
  return values.length < 2 || !m ? 0 : ((Math.max(...values) - Math.min(...values)) / m) * 100;
};

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r, index) => {
      const line = r.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
      return index === 0 ? pc.bold(line) : line;
    })
    .join('\n');
}

const fmt = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const s = settings();
  const cpus = os.availableParallelism(); // before pinning narrows it
  const perMeasurement = s.seconds + s.warmupSeconds;
  const scenarioCount = s.only ? 1 : 2;
  const estimate = Math.round(scenarioCount * s.concurrency.length * s.rounds * perMeasurement + scenarioCount * 2 + 8);
  log(pc.dim(`bench: ${s.rounds} rounds × ${s.concurrency.join('/')} concurrent × ${scenarioCount} bots, ${s.warmupSeconds}+${s.seconds} s each (≈${estimate} s)${s.pin ? `, bots pinned to CPU ${BOT_CPU}` : ''}`));

  if (s.pin) execFileSync('taskset', ['-a', '-p', '-c', String(LOAD_CPU), String(process.pid)], { stdio: 'ignore' });
  if (s.cpuProfDir) fs.mkdirSync(s.cpuProfDir, { recursive: true });

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-bench-'));
  cleanupDir = dataDir;

  const connector = await startConnector(s);
  const serviceUrl = connector.url;
  const [echo, server] = await Promise.all([
    s.only === 'checkin' ? undefined : startEcho(s),
    s.only === 'echo' ? undefined : startServer(s, dataDir),
  ]);
  log(pc.dim(`connector ${serviceUrl} · echo bot ${echo?.url ?? '–'} · server ${server?.url ?? '–'} (data in ${dataDir})`));

  const sessionId = server ? await startSession(server.url, connector.child, serviceUrl) : '';
  if (server) log(pc.dim(`session ${sessionId} started; check-ins from ${s.members || 'ever new'} members`));
  const sc = scenarios(echo?.url ?? '', server?.url ?? '', serviceUrl, sessionId, s.members);

  const clear = () => ask(connector.child, { type: 'clear' }, 'cleared');
  const bots: Record<Scenario, Child | undefined> = { echo: echo?.child, checkin: server?.child };
  const measure = async (scenario: Scenario, concurrency: number, measureMs: number, warmupMs: number): Promise<Measurement> => {
    await clear();
    const target = sc[scenario];
    const bot = bots[scenario]?.proc.pid;
    const connectorPid = connector.child.proc.pid;
    const at: Record<'open' | 'close', { t: number; bot: number; connector: number; load: number }> = {
      open: { t: NaN, bot: NaN, connector: NaN, load: NaN },
      close: { t: NaN, bot: NaN, connector: NaN, load: NaN },
    };
    const onWindow = (edge: 'open' | 'close') => {
      const own = process.cpuUsage();
      at[edge] = { t: performance.now(), bot: cpuMs(bot), connector: cpuMs(connectorPid), load: (own.user + own.system) / 1000 };
    };
    const r = await runLoad({ url: target.url, concurrency, warmupMs, measureMs, body: target.body, ok: target.ok, onWindow });
    const { byKind } = await ask<Extract<ConnectorMessage, { type: 'stats' }>>(connector.child, { type: 'stats' }, 'stats');
    const connectorCalls = Object.values(byKind).reduce((a, b) => a + b, 0);
    const windowMs = at.close.t - at.open.t;
    const share = (key: 'bot' | 'connector' | 'load') => ((at.close[key] - at.open[key]) / windowMs) * 100;
    return {
      ...r,
      botCpuPct: share('bot'),
      connectorCpuPct: share('connector'),
      loadCpuPct: share('load'),
      botCpuUsPerTurn: r.requests ? ((at.close.bot - at.open.bot) * 1000) / r.requests : NaN,
      connectorCallsPerTurn: r.total ? connectorCalls / r.total : NaN,
    };
  };

  // Untimed warm-up of both bots (JIT, connection pools, SQLite pages), so round 1 is not an outlier.
  const active: Scenario[] = s.only ? [s.only] : ['echo', 'checkin'];
  for (const scenario of active) await measure(scenario, Math.max(...s.concurrency), Math.max(1000, s.warmupSeconds * 1000), 0);

  const results: Record<Scenario, Map<number, Measurement[]>> = { echo: new Map(), checkin: new Map() };
  for (let round = 0; round < s.rounds; round++) {
    for (const concurrency of s.concurrency) {
      const order = round % 2 === 0 ? active : [...active].reverse();
      const line: string[] = [];
      for (const scenario of order) {
        const r = await measure(scenario, concurrency, s.seconds * 1000, s.warmupSeconds * 1000);
        const list = results[scenario].get(concurrency) ?? [];
        list.push(r);
        results[scenario].set(concurrency, list);
        line.push(
          `${scenario} ${fmt(r.rps, 0)} req/s p50 ${fmt(r.p50Ms, 1)} p99 ${fmt(r.p99Ms, 1)} ms, ` +
            `cpu bot ${fmt(r.botCpuPct, 0)} % (${fmt(r.botCpuUsPerTurn, 0)} µs/turn) load ${fmt(r.loadCpuPct, 0)} % connector ${fmt(r.connectorCpuPct, 0)} % (${fmt(r.connectorCallsPerTurn, 3)} calls/turn)` +
            (r.errors ? pc.red(` ${r.errors} errors`) : ''),
        );
        if (r.sampled === 0 || r.errors / r.sampled > MAX_ERROR_RATE) {
          throw new BenchBroken(`${scenario} at ${concurrency} concurrent: ${r.errors} of ${r.sampled} requests failed; first: ${r.firstError ?? '?'}`);
        }
      }
      log(pc.dim(`round ${round + 1}/${s.rounds} · ${String(concurrency).padStart(2)} concurrent · ${line.join(' · ')}`));
    }
  }
  await clear();

  // ---- report
  const json: Record<string, unknown> = {};
  const rows: string[][] = [['scenario', 'concurrency', 'req/s', 'p50 ms', 'p99 ms', '× echo', 'req/s spread', 'bot CPU', 'µs CPU/turn', 'errors']];
  for (const concurrency of s.concurrency) {
    const echoRuns = results.echo.get(concurrency) ?? [];
    const checkinRuns = results.checkin.get(concurrency) ?? [];
    const ratios = echoRuns.length && checkinRuns.length ? checkinRuns.map((c, i) => c.rps / (echoRuns[i]?.rps ?? NaN)) : [];
    for (const [scenario, runs] of [['echo', echoRuns], ['checkin', checkinRuns]] as const) {
      if (runs.length === 0) continue;
      const rps = median(runs.map((r) => r.rps));
      const p50 = median(runs.map((r) => r.p50Ms));
      const p99 = median(runs.map((r) => r.p99Ms));
      const errors = runs.reduce((n, r) => n + r.errors, 0);
      const botCpu = median(runs.map((r) => r.botCpuPct));
      const usPerTurn = median(runs.map((r) => r.botCpuUsPerTurn));
      const ratio = scenario === 'echo' ? (checkinRuns.length ? 1 : NaN) : median(ratios);
      rows.push([
        scenario === 'echo' ? 'echo (floor)' : 'check-in submit',
        String(concurrency),
        fmt(rps, 0),
        fmt(p50, 1),
        fmt(p99, 1),
        scenario === 'echo' ? (Number.isFinite(ratio) ? '1.00' : '–') : fmt(ratio, 2),
        `±${fmt(spread(runs.map((r) => r.rps)) / 2, 0)} %`,
        `${fmt(botCpu, 0)} %`,
        fmt(usPerTurn, 0),
        String(errors),
      ]);
      json[`${scenario}_rps_${concurrency}`] = round1(rps);
      json[`${scenario}_p50_ms_${concurrency}`] = round2(p50);
      json[`${scenario}_p99_ms_${concurrency}`] = round2(p99);
      json[`${scenario}_errors_${concurrency}`] = errors;
      json[`${scenario}_cpu_us_per_turn_${concurrency}`] = round1(usPerTurn);
      json[`${scenario}_bot_cpu_pct_${concurrency}`] = round1(botCpu);
      json[`${scenario}_load_cpu_pct_${concurrency}`] = round1(median(runs.map((r) => r.loadCpuPct)));
      json[`${scenario}_connector_cpu_pct_${concurrency}`] = round1(median(runs.map((r) => r.connectorCpuPct)));
      json[`${scenario}_connector_calls_per_turn_${concurrency}`] = round3(median(runs.map((r) => r.connectorCallsPerTurn)));
      json[`${scenario}_rps_${concurrency}_rounds`] = runs.map((r) => round1(r.rps));
      if (scenario === 'checkin' && ratios.length) {
        json[`checkin_vs_echo_${concurrency}`] = round3(median(ratios));
        json[`checkin_vs_echo_${concurrency}_rounds`] = ratios.map(round3);
        // The same comparison by the bot's CPU time per turn (echo µs / check-in µs): what the ratio
        // would be if each bot had a core to itself; steadier than req/s on a busy machine.
        json[`checkin_vs_echo_cpu_${concurrency}`] = round3(median(checkinRuns.map((c, i) => (echoRuns[i]?.botCpuUsPerTurn ?? NaN) / c.botCpuUsPerTurn)));
      }
    }
  }

  const turnFailures = server?.child.stderrMatches() ?? 0;
  const top = Math.max(...s.concurrency);
  const ratioTop = json[`checkin_vs_echo_${top}`];
  process.stdout.write(`\n${table(rows)}\n\n`);
  process.stdout.write(
    pc.dim(
      `median of ${s.rounds} interleaved rounds, ${s.warmupSeconds} s warm-up + ${s.seconds} s each; × echo = median of per-round paired ratios; ` +
        `spread = half the min–max range of req/s over rounds; ${s.pin ? `bots pinned to CPU ${BOT_CPU}, load generator + connector to CPU ${LOAD_CPU}` : 'no CPU pinning'}; ` +
        `check-ins from ${s.members || 'ever new'} members\n`,
    ),
  );
  const starved = active.filter((scenario) => median((results[scenario].get(top) ?? []).map((r) => r.botCpuPct)) < 90);
  if (starved.length) {
    process.stdout.write(
      pc.yellow(
        `note: at ${top} concurrent ${starved.length === 2 ? 'both bots' : `the ${starved[0] === 'echo' ? 'echo' : 'check-in'} bot`} got under 90 % of a core although work was queued: ` +
          `other processes were competing for the CPUs, so absolute req/s are low; the ratios are paired and still compare.\n`,
      ),
    );
  }
  if (turnFailures) process.stdout.write(pc.red(`the server logged ${turnFailures} failed turns (see its stderr)\n`));
  if (typeof ratioTop === 'number') {
    const met = ratioTop >= TARGET_RATIO;
    const byCpu = json[`checkin_vs_echo_cpu_${top}`];
    const verdict =
      `target (check-in ≥ ${TARGET_RATIO}× echo at ${top} concurrent): ${met ? 'MET' : 'NOT MET'} — ${ratioTop.toFixed(2)}× echo` +
      (typeof byCpu === 'number' ? ` (by bot CPU per turn: ${byCpu.toFixed(2)}×)` : '');
    process.stdout.write(`${met ? pc.green(verdict) : pc.red(verdict)}\n`);
    json.target_ratio = TARGET_RATIO;
    json.target_met = met;
  }
  Object.assign(json, {
    rounds: s.rounds,
    seconds: s.seconds,
    warmup_seconds: s.warmupSeconds,
    concurrency: s.concurrency,
    members: s.members,
    pinned: s.pin,
    server_turn_failures: turnFailures,
    node: process.version,
    cpus,
  });
  process.stdout.write(`${JSON.stringify(json)}\n`);
  return 0;
}

class BenchBroken extends Error {}

/** One measurement, with the CPU each process used during its window (% of one core). */
interface Measurement extends LoadResult {
  botCpuPct: number;
  connectorCpuPct: number;
  loadCpuPct: number;
  /** CPU time of the bot's process per answered request: far less sensitive to a noisy machine than req/s. */
  botCpuUsPerTurn: number;
  /** Outbound calls the Connector received per request (warm-up included). */
  connectorCallsPerTurn: number;
}

// ---------------------------------------------------------------------------------------------
// Clean-up: children and the temp data dir go away however the bench ends.

let cleanupDir: string | undefined;
const cpuProfWanted = Boolean(process.env.BENCH_CPU_PROF);
let cleaning: Promise<void> | undefined;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    const killed = await stopAll();
    if (killed.length) log(pc.yellow(`had to kill ${killed.join(', ')}: did not stop within 5 s of SIGTERM${cpuProfWanted ? ' (so no CPU profile)' : ''}`));
    if (cleanupDir) fs.rmSync(cleanupDir, { recursive: true, force: true });
  })();
  return cleaning;
}

// Ctrl-C reaches every process of the terminal's group (and tsx relays it once more): act once;
// what breaks in the measurement running at that moment is no news.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(pc.yellow(`\n${signal}: stopping the bench…`));
    void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}
process.on('exit', () => {
  killAllNow();
  if (cleanupDir) fs.rmSync(cleanupDir, { recursive: true, force: true });
});

main().then(
  async (code) => {
    if (interrupted) return;
    await cleanup();
    process.exit(code);
  },
  async (error: unknown) => {
    if (interrupted) return;
    log(pc.red(`bench broke: ${error instanceof Error ? (error instanceof BenchBroken ? error.message : (error.stack ?? error.message)) : String(error)}`));
    await cleanup();
    process.exit(1);
  },
);
