/**
 * `npm run bench`: the check-in and dot-vote submission turns of the real server next to the
 * framework's floor (a bare echo bot on the same botbuilder + restify stack), over HTTP, in the same
 * run; then a burst of dot-votes against a Connector that enforces Teams' per-thread limits.
 *
 * Processes (2 cores): this one is the load generator; the stub Bot Connector, the echo bot and the
 * real server (`server/main.ts`, local mode, fresh SQLite dir) each run in a child process (the burst
 * gets a second stub Connector, with Teams' limits). Only one bot is under load at a time. With
 * BENCH_PIN=1 the bots get CPU 1 to themselves and the load generator and the connectors share CPU 0.
 *
 * Rounds are interleaved: at each concurrency check-in, echo, dot-vote, the order reversed every
 * other round, so echo always runs right next to each turn it is paired with, once before and once
 * after. The table shows medians over rounds; "× echo" is the median of the per-round paired ratios.
 * The bot's CPU time per turn (from /proc) is shown too: on a busy machine it is steadier than req/s.
 *
 * Check-ins and votes come from a pool of members (BENCH_MEMBERS), each request with answers (dots)
 * of its own, so every one is stored. A pool rather than a new member per request: a session holds
 * tens of check-ins and ballots, not the tens of thousands a bench sends, and the per-turn cost grows
 * with that number. The vote runs in a community (channel) of its own, on BENCH_VOTE_IDEAS post-its
 * added on the brainstorm board first; every ballot spends the whole budget and differs from that
 * member's previous one. A vote counts only when the answer is the member's card with the green
 * "your dots are saved" notice.
 *
 * The burst (after the rounds, in a third channel, served by the Connector with Teams' limits):
 * BENCH_BURST_MEMBERS members who had not voted yet vote once each, the submissions spread evenly over
 * one second. Reported: answers that were not 200 (should be 0), the 429s the Connector answered the
 * bot, how long after the last submission the shared vote card (its Connector updates) showed the
 * right number of voters for good, and how many calls the bot made to the Connector (accepted + 429s)
 * until it had been quiet for 2.5 s.
 *
 * Progress goes to stderr; stdout gets the tables, the verdicts and, as its very last line, one JSON
 * object with every figure. Exits non-zero only when the bench itself breaks (a child does not
 * start, more than 1 % errors, a vote cannot be set up).
 *
 * Settings (environment):
 *   BENCH_SECONDS=2.5        measured seconds per measurement
 *   BENCH_WARMUP_SECONDS=0.5 unmeasured seconds before each measurement (after one untimed warm-up per bot)
 *   BENCH_ROUNDS=3           interleaved rounds
 *   BENCH_CONCURRENCY=1,16,64
 *   BENCH_MEMBERS=256        distinct members sending check-ins and votes (0: a new member for every request)
 *   BENCH_VOTE_IDEAS=10      post-its to vote on
 *   BENCH_BURST_MEMBERS=40   members in the burst
 *   BENCH_PIN=0|1            pin bots to CPU 1, load generator + connectors to CPU 0 (needs taskset)
 *   BENCH_ONLY=echo,checkin,vote,burst,azure,report,tab,overview  run only these (any of them, comma-separated; e.g. to profile)
 *
 * After the turns: the dot-vote on the Azure Table backend (Azurite) next to SQLite and echo (azure),
 * the session report's rendering time (report), the tab's bundle size and first render (tab), and the leaders'
 * Overview for one person in 50 communities × 13 sessions on SQLite (overview, target p50 < 300 ms).
 *   BENCH_CPU_PROF=<dir>     V8 CPU profiles of the server and the echo bot, in <dir>/server and
 *                            <dir>/echo-bot; summarise with `tsx bench/profile-summary.ts <file>`
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pc from 'picocolors';
import { MOODS } from '../domain/activities/check-in/check-in';
import { cardAction, message, users, type TestUser } from '../tests/fakes/activities';
import { localModeEnv } from '../tests/helpers/local-mode-env';
import type { ConnectorMessage } from './connector-process';
import type { Child } from './children';
import { ask, cpuMs, freePort, killAllNow, startChild, stopAll, waitForHttp, waitForReady } from './children';
import { runLoad, type LoadResult } from './load';
import { LOAD_COLUMNS, table } from './table';
import { AZURE_LABEL, benchAzureTableVote, jsonFigures, tableRow, type AzureBenchRow } from './azure-table';
import { roundTripReport, type RoundTripRow } from './azure-round-trips';
import { benchSchedulerPass, type SchedulerPassRow } from './azure-scheduler';
import { benchReport, reportTable } from './report';
import { benchTab } from './tab';
import { benchOverview, OVERVIEW_TARGET_MS } from './overview';
import type { BurstResult } from './vote';
import {
  BURST_CHANNEL,
  connectorQuiet,
  postJson,
  runBurst,
  setUpVote,
  VOTE_CHANNEL,
  voteBody,
  voteSaved,
} from './vote';

const ROOT = path.resolve(__dirname, '..');
/** Check-in turn ≥ this × echo at the highest concurrency. */
const TARGET_RATIO = 0.5;
/** Dot-vote turn ≥ this × echo at these concurrencies (those of them that are measured). */
const VOTE_TARGET_RATIO = 0.8;
const VOTE_TARGET_CONCURRENCY = [16, 64];
const MAX_ERROR_RATE = 0.01;
const BURST_SPREAD_MS = 1000;
const BURST_QUIET_MS = 2500;
const BURST_TIMEOUT_MS = 20_000;
/** Communities with a session planned for the scheduler pass on Azure (issue 17: 300, in ≤ 2 s at 15 ms a trip). */
const SCHEDULER_COMMUNITIES = 300;

type Scenario = 'echo' | 'checkin' | 'vote';
/** The order within a round (reversed every other round): echo in the middle, next to both turns. */
const SCENARIOS: readonly Scenario[] = ['checkin', 'echo', 'vote'];
const LABEL: Record<Scenario, string> = { echo: 'echo (floor)', checkin: 'check-in submit', vote: 'dot-vote submit' };

interface Settings {
  seconds: number;
  warmupSeconds: number;
  rounds: number;
  concurrency: number[];
  members: number;
  voteIdeas: number;
  burstMembers: number;
  pin: boolean;
  scenarios: Scenario[];
  burst: boolean;
  azure: boolean;
  report: boolean;
  tab: boolean;
  overview: boolean;
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
  if (concurrency.some((c) => !Number.isInteger(c) || c < 1))
    throw new Error(`BENCH_CONCURRENCY=${process.env.BENCH_CONCURRENCY} must list whole numbers ≥ 1`);
  const only = (process.env.BENCH_ONLY || '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  const known = [...SCENARIOS, 'burst', 'azure', 'report', 'tab', 'overview'];
  if (only.some((x) => !known.includes(x)))
    throw new Error(`BENCH_ONLY=${process.env.BENCH_ONLY} must list some of ${known.join(', ')}`);
  const pin = process.env.BENCH_PIN === '1';
  if (pin && os.availableParallelism() < 2) throw new Error('BENCH_PIN=1 needs at least 2 CPUs');
  const s: Settings = {
    seconds: num('BENCH_SECONDS', 2.5, 0.1),
    warmupSeconds: num('BENCH_WARMUP_SECONDS', 0.5, 0),
    rounds: Math.round(num('BENCH_ROUNDS', 3, 1)),
    concurrency,
    members: Math.round(num('BENCH_MEMBERS', 256, 0)),
    voteIdeas: Math.round(num('BENCH_VOTE_IDEAS', 10, 2)),
    burstMembers: Math.round(num('BENCH_BURST_MEMBERS', 40, 1)),
    pin,
    scenarios: SCENARIOS.filter((x) => only.length === 0 || only.includes(x)),
    burst: only.length === 0 || only.includes('burst'),
    azure: only.length === 0 || only.includes('azure'),
    report: only.length === 0 || only.includes('report'),
    tab: only.length === 0 || only.includes('tab'),
    overview: only.length === 0 || only.includes('overview'),
  };
  if (process.env.BENCH_CPU_PROF) s.cpuProfDir = path.resolve(process.env.BENCH_CPU_PROF);
  return s;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// The processes

const BOT_CPU = 1;
const LOAD_CPU = 0;

const profArgs = (s: Settings, name: string): string[] =>
  // One file per thread (tsx's loader runs in a worker thread too); the main thread's is the larger one.
  s.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(s.cpuProfDir, name)}`] : [];

async function startConnector(s: Settings, teamsLimits = false): Promise<{ child: Child; url: string }> {
  const child = startChild({
    name: teamsLimits ? 'connector-teams-limits' : 'connector',
    script: path.join(__dirname, 'connector-process.ts'),
    ...(teamsLimits ? { args: ['--teams-limits'] } : {}),
    cwd: ROOT,
    env: localModeEnv({}),
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
    env: localModeEnv({ PORT: String(await freePort()) }),
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
    env: localModeEnv({ PORT: String(port), LEERKRING_DATA_DIR: dataDir }),
    countInStderr: 'turn failed',
    ...(s.pin ? { cpu: BOT_CPU } : {}),
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(child, `${url}/healthz`);
  return { child, url };
}

// ---------------------------------------------------------------------------------------------
// The turns

/** `/start-session` by a facilitator: founds the community and posts the check-in card, whose sessionId we read. */
async function startSession(serverUrl: string, connector: Child, serviceUrl: string): Promise<string> {
  const started = await postJson(`${serverUrl}/api/messages`, message('/start-session', users.griet, { serviceUrl }));
  if (started.status !== 200)
    throw new Error(`/start-session answered HTTP ${started.status}: ${started.text.slice(0, 300)}`);
  const end = Date.now() + 5000;
  for (;;) {
    const { call } = await ask<Extract<ConnectorMessage, { type: 'lastReply' }>>(
      connector,
      { type: 'lastReply' },
      'lastReply',
    );
    const attachments = (call?.activity.attachments ?? []) as {
      content?: { actions?: { data?: { sessionId?: unknown } }[] };
    }[];
    const sessionId = attachments[0]?.content?.actions?.[0]?.data?.sessionId;
    if (typeof sessionId === 'string') return sessionId;
    if (Date.now() > end)
      throw new Error(
        'no check-in card with a sessionId reached the connector; ' +
          `last reply: ${JSON.stringify(call?.activity ?? null).slice(0, 500)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const DISHES = ['Stoofvlees', 'Waterzooi', 'Stoemp', 'Vol-au-vent', 'Mosselen met friet', 'Balletjes in tomatensaus'];

interface Target {
  url: string;
  body: (n: number) => string;
  ok: (status: number, body: string) => boolean;
}

function scenarios(
  echoUrl: string,
  serverUrl: string,
  serviceUrl: string,
  sessionId: string,
  members: number,
  vote: Target | undefined,
): Record<Scenario, Target | undefined> {
  const where = { serviceUrl };
  return {
    vote,
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

const fmt = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const s = settings();
  const cpus = os.availableParallelism(); // before pinning narrows it
  const perMeasurement = s.seconds + s.warmupSeconds;
  const bots = s.scenarios.length;
  const estimate = Math.round(
    bots * s.concurrency.length * s.rounds * perMeasurement +
      bots * Math.max(1, s.warmupSeconds) +
      (s.burst ? 10 : 0) +
      8,
  );
  log(
    pc.dim(
      `bench: ${s.rounds} rounds × ${s.concurrency.join('/')} concurrent × ${s.scenarios.join(', ') || 'no bots'}, ` +
        `${s.warmupSeconds}+${s.seconds} s each` +
        `${s.burst ? `, then a burst of ${s.burstMembers} votes` : ''} (≈${estimate} s)` +
        `${s.pin ? `, bots pinned to CPU ${BOT_CPU}` : ''}`,
    ),
  );

  if (s.pin) execFileSync('taskset', ['-a', '-p', '-c', String(LOAD_CPU), String(process.pid)], { stdio: 'ignore' });
  if (s.cpuProfDir) fs.mkdirSync(s.cpuProfDir, { recursive: true });

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-bench-'));
  cleanupDir = dataDir;

  const needServer = s.scenarios.includes('checkin') || s.scenarios.includes('vote') || s.burst;
  const connector = await startConnector(s);
  const serviceUrl = connector.url;
  const [echo, server] = await Promise.all([
    s.scenarios.includes('echo') ? startEcho(s) : undefined,
    needServer ? startServer(s, dataDir) : undefined,
  ]);
  const endpoints = `echo bot ${echo?.url ?? '–'} · server ${server?.url ?? '–'}`;
  log(pc.dim(`connector ${serviceUrl} · ${endpoints} (data in ${dataDir})`));

  let sessionId = '';
  if (server && s.scenarios.includes('checkin')) {
    sessionId = await startSession(server.url, connector.child, serviceUrl);
    log(pc.dim(`check-in: session ${sessionId} started; check-ins from ${s.members || 'ever new'} members`));
  }
  let voteTarget: Target | undefined;
  if (server && s.scenarios.includes('vote')) {
    const setup = await setUpVote({
      serverUrl: server.url,
      connector: connector.child,
      serviceUrl,
      channel: VOTE_CHANNEL,
      ideas: s.voteIdeas,
    });
    voteTarget = {
      url: `${server.url}/api/messages`,
      body: voteBody(setup, s.members, 'bench-stem'),
      ok: voteSaved(setup.lang),
    };
    log(
      pc.dim(
        `dot-vote: session ${setup.sessionId} phase ${setup.phaseIndex}, ${setup.ideaIds.length} ideas, ` +
          `${setup.rules.dots} dots (≤ ${setup.rules.capPerItem} per idea); ` +
          `votes from ${s.members || 'ever new'} members`,
      ),
    );
  }
  const sc = scenarios(echo?.url ?? '', server?.url ?? '', serviceUrl, sessionId, s.members, voteTarget);

  const clear = () => ask(connector.child, { type: 'clear' }, 'cleared');
  const botOf: Record<Scenario, Child | undefined> = { echo: echo?.child, checkin: server?.child, vote: server?.child };
  const measure = async (
    scenario: Scenario,
    concurrency: number,
    measureMs: number,
    warmupMs: number,
  ): Promise<Measurement> => {
    await clear();
    const target = sc[scenario];
    if (!target) throw new Error(`no target for ${scenario}`);
    const bot = botOf[scenario]?.proc.pid;
    const connectorPid = connector.child.proc.pid;
    const at: Record<'open' | 'close', { t: number; bot: number; connector: number; load: number }> = {
      open: { t: NaN, bot: NaN, connector: NaN, load: NaN },
      close: { t: NaN, bot: NaN, connector: NaN, load: NaN },
    };
    const onWindow = (edge: 'open' | 'close') => {
      const own = process.cpuUsage();
      at[edge] = {
        t: performance.now(),
        bot: cpuMs(bot),
        connector: cpuMs(connectorPid),
        load: (own.user + own.system) / 1000,
      };
    };
    const r = await runLoad({
      url: target.url,
      concurrency,
      warmupMs,
      measureMs,
      body: target.body,
      ok: target.ok,
      onWindow,
    });
    const { byKind } = await ask<Extract<ConnectorMessage, { type: 'stats' }>>(
      connector.child,
      { type: 'stats' },
      'stats',
    );
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

  // Untimed warm-up of every bot (JIT, connection pools, SQLite pages), so round 1 is not an outlier.
  const active = s.scenarios;
  for (const scenario of active)
    await measure(scenario, Math.max(...s.concurrency), Math.max(1000, s.warmupSeconds * 1000), 0);

  const results: Record<Scenario, Map<number, Measurement[]>> = {
    echo: new Map(),
    checkin: new Map(),
    vote: new Map(),
  };
  for (let round = 0; round < (active.length ? s.rounds : 0); round++) {
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
            `cpu bot ${fmt(r.botCpuPct, 0)} % (${fmt(r.botCpuUsPerTurn, 0)} µs/turn) ` +
            `load ${fmt(r.loadCpuPct, 0)} % ` +
            `connector ${fmt(r.connectorCpuPct, 0)} % (${fmt(r.connectorCallsPerTurn, 3)} calls/turn)` +
            (r.errors ? pc.red(` ${r.errors} errors`) : ''),
        );
        if (r.sampled === 0 || r.errors / r.sampled > MAX_ERROR_RATE) {
          throw new BenchBroken(
            `${scenario} at ${concurrency} concurrent: ${r.errors} of ${r.sampled} requests failed; ` +
              `first: ${r.firstError ?? '?'}`,
          );
        }
      }
      const at = `round ${round + 1}/${s.rounds} · ${String(concurrency).padStart(2)} concurrent`;
      log(pc.dim(`${at} · ${line.join(' · ')}`));
    }
  }
  if (active.length) await clear();

  // ---- the burst, against a Connector of its own that enforces Teams' limits
  let burst: BurstResult | undefined;
  if (server && s.burst) {
    const limited = await startConnector(s, true);
    const setup = await setUpVote({
      serverUrl: server.url,
      connector: limited.child,
      serviceUrl: limited.url,
      channel: BURST_CHANNEL,
      ideas: s.voteIdeas,
    });
    // The setup's own card updates are done before the burst begins.
    await connectorQuiet(limited.child, 1500);
    log(
      pc.dim(
        `burst: ${s.burstMembers} votes over ${BURST_SPREAD_MS} ms in session ${setup.sessionId}, ` +
          `Connector ${limited.url} with Teams' limits`,
      ),
    );
    burst = await runBurst({
      serverUrl: server.url,
      connector: limited.child,
      setup,
      members: s.burstMembers,
      spreadMs: BURST_SPREAD_MS,
      quietMs: BURST_QUIET_MS,
      timeoutMs: BURST_TIMEOUT_MS,
    });
    log(
      pc.dim(
        `burst: ${burst.non200} not 200, ${burst.notSaved} not saved, ${burst.throttled} × 429, ` +
          `card showed ${fmt(burst.shownVoters, 0)}/${burst.expectedVoters} voters, ` +
          `right ${fmt(burst.convergeMs, 0)} ms after the last submission, ` +
          `${burst.connectorCalls} connector calls ${JSON.stringify(burst.acceptedByKind)}`,
      ),
    );
  }

  let azure: AzureBenchRow[] | undefined;
  let roundTrips: RoundTripRow[] | undefined;
  if (s.azure) {
    log(pc.dim("dot-vote on Azure Table storage (Azurite), then with a storage account's round-trip time added…"));
    ({ rows: azure, roundTrips } = await benchAzureTableVote({
      connector,
      concurrency: [1, 16],
      seconds: s.seconds,
      warmupSeconds: s.warmupSeconds,
      members: s.members,
      ideas: s.voteIdeas,
      ...(s.pin ? { cpu: BOT_CPU } : {}),
    }));
    for (const r of azure)
      if (r.sampled === 0 || r.errors / r.sampled > MAX_ERROR_RATE)
        throw new BenchBroken(
          `Azure Table vote at ${r.concurrency}: ${r.errors} of ${r.sampled} failed; first: ${r.firstError ?? '?'}`,
        );
  }
  let schedulerPass: SchedulerPassRow[] | undefined;
  if (s.azure) {
    log(pc.dim(`scheduler pass over ${SCHEDULER_COMMUNITIES} communities on Azure Table storage, latency added…`));
    schedulerPass = await benchSchedulerPass(SCHEDULER_COMMUNITIES);
  }
  let tab: Awaited<ReturnType<typeof benchTab>> | undefined;
  if (s.tab) {
    log(pc.dim('tab: production bundle and first render of the driver view in Chromium…'));
    tab = await benchTab();
  }
  let report: Awaited<ReturnType<typeof benchReport>> | undefined;
  if (s.report) {
    log(pc.dim('session report: PDF + PNG for 15 members / 100 post-its and 40 members / 300 post-its…'));
    report = await benchReport();
  }
  let overview: Awaited<ReturnType<typeof benchOverview>> | undefined;
  if (s.overview) {
    log(pc.dim('overview: GET /api/tab/overview for one person in 50 communities × 13 sessions (SQLite)…'));
    overview = await benchOverview();
  }

  // ---- report
  const json: Record<string, unknown> = {};
  const rows: string[][] = [LOAD_COLUMNS];
  const display: Scenario[] = ['echo', 'checkin', 'vote'];
  for (const concurrency of s.concurrency) {
    const echoRuns = results.echo.get(concurrency) ?? [];
    for (const scenario of display) {
      const runs = results[scenario].get(concurrency) ?? [];
      if (runs.length === 0) continue;
      // Paired by round: run i of this turn with run i of echo, measured right next to it.
      const ratios =
        scenario !== 'echo' && echoRuns.length ? runs.map((r, i) => r.rps / (echoRuns[i]?.rps ?? NaN)) : [];
      const rps = median(runs.map((r) => r.rps));
      const p50 = median(runs.map((r) => r.p50Ms));
      const p99 = median(runs.map((r) => r.p99Ms));
      const errors = runs.reduce((n, r) => n + r.errors, 0);
      const botCpu = median(runs.map((r) => r.botCpuPct));
      const usPerTurn = median(runs.map((r) => r.botCpuUsPerTurn));
      const others = display.some((x) => x !== 'echo' && (results[x].get(concurrency) ?? []).length > 0);
      rows.push([
        LABEL[scenario],
        String(concurrency),
        fmt(rps, 0),
        fmt(p50, 1),
        fmt(p99, 1),
        scenario === 'echo' ? (others ? '1.00' : '–') : fmt(median(ratios), 2),
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
      json[`${scenario}_connector_calls_per_turn_${concurrency}`] = round3(
        median(runs.map((r) => r.connectorCallsPerTurn)),
      );
      json[`${scenario}_rps_${concurrency}_rounds`] = runs.map((r) => round1(r.rps));
      if (ratios.length) {
        json[`${scenario}_vs_echo_${concurrency}`] = round3(median(ratios));
        json[`${scenario}_vs_echo_${concurrency}_rounds`] = ratios.map(round3);
        // The same comparison by the bot's CPU time per turn (echo µs / this turn's µs): what the ratio
        // would be if each bot had a core to itself; steadier than req/s on a busy machine.
        json[`${scenario}_vs_echo_cpu_${concurrency}`] = round3(
          median(runs.map((c, i) => (echoRuns[i]?.botCpuUsPerTurn ?? NaN) / c.botCpuUsPerTurn)),
        );
      }
    }
    const a = azure?.find((r) => r.concurrency === concurrency);
    if (a) rows.push(tableRow(AZURE_LABEL, a, median(echoRuns.map((r) => r.rps))));
  }
  if (azure) Object.assign(json, jsonFigures(azure));
  const trips = roundTrips ? roundTripReport(roundTrips) : undefined;
  if (trips) Object.assign(json, trips.json);

  const turnFailures = server?.child.stderrMatches() ?? 0;
  const top = Math.max(...s.concurrency);
  if (active.length) {
    process.stdout.write(`\n${table(rows)}\n\n`);
    const pinning = s.pin
      ? `bots pinned to CPU ${BOT_CPU}, load generator + connector to CPU ${LOAD_CPU}`
      : 'no CPU pinning';
    process.stdout.write(
      pc.dim(
        `median of ${s.rounds} interleaved rounds, ${s.warmupSeconds} s warm-up + ${s.seconds} s each; ` +
          '× echo = median of per-round paired ratios; ' +
          'spread = half the min–max range of req/s over rounds; ' +
          `${pinning}; ` +
          `${
            active
              .filter((x) => x !== 'echo')
              .map((x) => (x === 'vote' ? `votes (on ${s.voteIdeas} ideas)` : 'check-ins'))
              .join(' and ') || 'requests'
          } from ${s.members || 'ever new'} members\n`,
      ),
    );
  }
  const starved = active.filter((scenario) => median((results[scenario].get(top) ?? []).map((r) => r.botCpuPct)) < 90);
  if (starved.length) {
    process.stdout.write(
      pc.yellow(
        `note: at ${top} concurrent the bot under load got under 90 % of a core ` +
          `for ${starved.map((x) => LABEL[x]).join(', ')} although work was queued: ` +
          'other processes were competing for the CPUs, so absolute req/s are low; ' +
          'the ratios are paired and still compare.\n',
      ),
    );
  }

  if (trips) {
    process.stdout.write(`\ndot-vote on Azure Table storage, a proxy adding each storage trip's latency:\n`);
    process.stdout.write(`${trips.lines.join('\n')}\n`);
  }
  for (const r of schedulerPass ?? []) {
    process.stdout.write(
      `scheduler pass, ${SCHEDULER_COMMUNITIES} communities with nothing due, +${r.latencyMs} ms per trip: ` +
        `${fmt(r.ms, 0)} ms, ${r.roundTrips} round trips\n`,
    );
    json[`scheduler_pass_ms_${r.latencyMs}ms`] = Math.round(r.ms);
    json[`scheduler_pass_round_trips_${r.latencyMs}ms`] = r.roundTrips;
  }

  if (burst) {
    const converged = Number.isFinite(burst.convergeMs);
    const burstRows: [string, string][] = [
      ['member answers not 200', String(burst.non200)],
      ['member answers 200 without the saved notice', String(burst.notSaved)],
      ['slowest member answer', `${fmt(burst.maxAnswerMs, 0)} ms`],
      ['429s from the Connector', String(burst.throttled)],
      [
        'shared card right, after the last submission',
        converged
          ? `${fmt(burst.convergeMs, 0)} ms`
          : `never (last update shows ${fmt(burst.shownVoters, 0)} of ${burst.expectedVoters} voters)`,
      ],
      ['last update of the shared card, after it', `${fmt(burst.lastUpdateMs, 0)} ms`],
      [
        'Connector calls (accepted + 429)',
        `${burst.connectorCalls} (${burst.cardUpdates} update${burst.cardUpdates === 1 ? '' : 's'} of the vote card)`,
      ],
    ];
    const width = Math.max(...burstRows.map(([label]) => label.length));
    const title =
      `burst: ${burst.members} dot-votes spread evenly over ${burst.spreadMs} ms, ` +
      "Connector enforcing Teams' limits";
    process.stdout.write(`${pc.bold(title)}\n`);
    process.stdout.write(`${burstRows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n')}\n\n`);
    json.burst_members = burst.members;
    json.burst_votes_non200 = burst.non200;
    json.burst_votes_not_saved = burst.notSaved;
    json.burst_votes_429 = burst.throttled;
    json.burst_converge_ms = converged ? Math.round(burst.convergeMs) : null;
    json.burst_last_update_ms = Number.isFinite(burst.lastUpdateMs) ? Math.round(burst.lastUpdateMs) : null;
    json.burst_voters_shown = Number.isFinite(burst.shownVoters) ? burst.shownVoters : null;
    json.burst_connector_calls = burst.connectorCalls;
    json.burst_connector_accepted = burst.acceptedByKind;
    json.burst_card_updates = burst.cardUpdates;
    json.burst_max_answer_ms = Math.round(burst.maxAnswerMs);
  }

  if (tab) {
    process.stdout.write(
      `tab: initial JS ${tab.initialJsGzipKb.toFixed(1)} KB gzip (target ≤ 250 KB) · ` +
        `first render of the driver view ${Math.round(tab.firstRenderMs)} ms ` +
        'in headless Chromium (target ≤ 1000 ms)\n\n',
    );
    json.tab_initial_js_gzip_kb = Math.round(tab.initialJsGzipKb * 10) / 10;
    json.tab_first_render_ms = Math.round(tab.firstRenderMs);
  }
  if (report) {
    process.stdout.write(`${reportTable(report)}\n\n`);
    json.report_small_ms = Math.round(report.small.totalMs);
    json.report_large_ms = Math.round(report.large.totalMs);
  }
  if (overview) {
    const met = overview.p50Ms < OVERVIEW_TARGET_MS;
    process.stdout.write(
      `overview: ${overview.communities} communities × ${overview.sessions} sessions on SQLite: ` +
        `p50 ${fmt(overview.p50Ms, 1)} ms, p95 ${fmt(overview.p95Ms, 1)} ms\n`,
    );
    json.overview_ms_p50 = round1(overview.p50Ms);
    json.overview_ms_p95 = round1(overview.p95Ms);
    json.overview_target_ms = OVERVIEW_TARGET_MS;
    json.overview_met = met;
    process.stdout.write(
      `${(met ? pc.green : pc.red)(`overview (p50 < ${OVERVIEW_TARGET_MS} ms): ${met ? 'MET' : 'NOT MET'}`)}\n\n`,
    );
  }
  if (turnFailures) process.stdout.write(pc.red(`the server logged ${turnFailures} failed turns (see its stderr)\n`));
  const verdict = (met: boolean, line: string) => process.stdout.write(`${met ? pc.green(line) : pc.red(line)}\n`);
  const ratioTop = json[`checkin_vs_echo_${top}`];
  if (typeof ratioTop === 'number') {
    const met = ratioTop >= TARGET_RATIO;
    const byCpu = json[`checkin_vs_echo_cpu_${top}`];
    verdict(
      met,
      `target (check-in ≥ ${TARGET_RATIO}× echo at ${top} concurrent): ` +
        `${met ? 'MET' : 'NOT MET'} — ${ratioTop.toFixed(2)}× echo` +
        (typeof byCpu === 'number' ? ` (by bot CPU per turn: ${byCpu.toFixed(2)}×)` : ''),
    );
    json.target_ratio = TARGET_RATIO;
    json.target_met = met;
  }
  const voteAt = VOTE_TARGET_CONCURRENCY.filter((c) => typeof json[`vote_vs_echo_${c}`] === 'number');
  if (voteAt.length) {
    const met = voteAt.every((c) => (json[`vote_vs_echo_${c}`] as number) >= VOTE_TARGET_RATIO);
    const figures = voteAt.map((c) => {
      const byCpu = json[`vote_vs_echo_cpu_${c}`];
      return (
        `${(json[`vote_vs_echo_${c}`] as number).toFixed(2)}× at ${c}` +
        (typeof byCpu === 'number' ? ` (by bot CPU per turn ${byCpu.toFixed(2)}×)` : '')
      );
    });
    verdict(
      met,
      `target (dot-vote ≥ ${VOTE_TARGET_RATIO}× echo at ${voteAt.join(' and ')} concurrent): ` +
        `${met ? 'MET' : 'NOT MET'} — ${figures.join(', ')}`,
    );
    json.vote_target_ratio = VOTE_TARGET_RATIO;
    json.vote_target_met = met;
  }
  if (burst) {
    const met = burst.non200 === 0 && burst.notSaved === 0 && Number.isFinite(burst.convergeMs);
    verdict(
      met,
      `burst (${burst.members} votes in ${burst.spreadMs / 1000} s: every answer 200 and saved, ` +
        `shared card shows the total): ${met ? 'MET' : 'NOT MET'} — ` +
        `${burst.non200} not 200, ` +
        `card right after ${Number.isFinite(burst.convergeMs) ? `${fmt(burst.convergeMs, 0)} ms` : 'never'}, ` +
        `${burst.throttled} × 429, ${burst.connectorCalls} Connector calls`,
    );
    json.burst_met = met;
  }
  Object.assign(json, {
    rounds: s.rounds,
    seconds: s.seconds,
    warmup_seconds: s.warmupSeconds,
    concurrency: s.concurrency,
    members: s.members,
    vote_ideas: s.voteIdeas,
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
    if (killed.length)
      log(
        pc.yellow(
          `had to kill ${killed.join(', ')}: did not stop within 5 s of SIGTERM` +
            (cpuProfWanted ? ' (so no CPU profile)' : ''),
        ),
      );
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
    const reason =
      error instanceof Error
        ? error instanceof BenchBroken
          ? error.message
          : (error.stack ?? error.message)
        : String(error);
    log(pc.red(`bench broke: ${reason}`));
    await cleanup();
    process.exit(1);
  },
);
