#!/usr/bin/env node
// `npm start`: Leerkring in local mode together with the Microsoft 365 Agents Playground, a Teams-like
// web client with a mock Bot Connector. No tenant, no tunnel. Ctrl-C stops both.
//
//   PORT (3978)                 the bot's port; the Playground uses 56150 (PLAYGROUND_PORT to change it)
//   LEERKRING_DATA_DIR (data)   where the SQLite file and the Playground's log live
//
// Both children are started directly (no npx, no tsx wrapper), so each is one PID we can stop.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import pc from 'picocolors';
import { buildTab } from './build-tab.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PLAYGROUND_CLI = path.join(ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
const PLAYGROUND_CONFIG = path.join(ROOT, '.m365agentsplayground.yml');
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;

const blank = (v) => v === undefined || v.trim() === '';
const env = process.env;
const BOT_PORT = blank(env.PORT) ? 3978 : Number(env.PORT);
const PG_PORT = blank(env.PLAYGROUND_PORT) ? 56150 : Number(env.PLAYGROUND_PORT);
// Local mode listens on 127.0.0.1 only. The bot endpoint we hand to the Playground therefore names
// 127.0.0.1, not localhost: where localhost resolves to ::1 first, that would reach nothing.
const BOT_HOST = blank(env.HOST) ? '127.0.0.1' : env.HOST.trim();
const hostInUrl = BOT_HOST.includes(':') ? `[${BOT_HOST}]` : BOT_HOST;
const BOT_URL = `http://${hostInUrl}:${BOT_PORT}`;
const PG_URL = `http://localhost:${PG_PORT}`;
const DATA_DIR = blank(env.LEERKRING_DATA_DIR) ? path.join(ROOT, 'data') : path.resolve(env.LEERKRING_DATA_DIR);
const PG_LOG = path.join(DATA_DIR, 'playground.log');

const say = (line) => process.stdout.write(`${pc.bold('[dev]')} ${line}\n`);
const complain = (line) => process.stderr.write(`${pc.bold(pc.red('[dev]'))} ${line}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------- checks

function preflight() {
  const problems = [];
  for (const [name, port] of [
    ['PORT', BOT_PORT],
    ['PLAYGROUND_PORT', PG_PORT],
  ]) {
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      problems.push(`${name}=${env[name]} is not a port number (1-65535).`);
  }
  if (!blank(env.MicrosoftAppId)) {
    problems.push(
      'MicrosoftAppId is set in your environment, so the server would run in Teams mode ' +
        "and refuse the Playground's unsigned requests.\n" +
        `      For the local mode unset it (${pc.cyan('unset MicrosoftAppId')}); ` +
        `to run against Teams use ${pc.cyan('npm run start:server')}.`,
    );
  }
  if (!fs.existsSync(PLAYGROUND_CLI))
    problems.push(
      `The Playground is not installed (${path.relative(ROOT, PLAYGROUND_CLI)} is missing): ` +
        `run ${pc.cyan('npm install')}.`,
    );
  if (!fs.existsSync(PLAYGROUND_CONFIG)) problems.push(`The Playground's sample data ${PLAYGROUND_CONFIG} is missing.`);
  return problems;
}

/** True when we can listen on the port: on `host`, or on every interface like the Playground does. */
function canListen(port, host) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** What answers on a busy port, as far as we can tell. */
async function whoIsThere(url, probe) {
  try {
    const response = await fetch(url + probe.path, { signal: AbortSignal.timeout(1500) });
    const body = await response.text();
    if (probe.match(response.status, body)) return probe.name;
  } catch {
    // not HTTP, or not answering
  }
  return 'another program';
}

async function checkPorts() {
  const problems = [];
  const busy = async (label, envName, port, host, url, probe) => {
    if (await canListen(port, host)) return;
    const who = await whoIsThere(url, probe);
    problems.push(
      `Port ${pc.bold(port)} (${label}) is already in use by ${who}.\n` +
        `      Stop it first (see ${pc.cyan(`ss -ltnp 'sport = :${port}'`)}), ` +
        `or pick another port: ${pc.cyan(`${envName}=<port> npm start`)}.`,
    );
  };
  await busy('bot', 'PORT', BOT_PORT, BOT_HOST, BOT_URL, {
    path: '/healthz',
    name: 'a Leerkring server (another npm start?)',
    match: (status, body) => body.includes('"mode"') && body.includes('"store"'),
  });
  // The Playground binds every interface and would silently move to a random port if this one is taken.
  await busy('Playground', 'PLAYGROUND_PORT', PG_PORT, undefined, `http://127.0.0.1:${PG_PORT}`, {
    path: '/_debug/ping',
    name: 'a Microsoft 365 Agents Playground (another npm start?)',
    match: (status, body) => body === 'pong',
  });
  return problems;
}

// -------------------------------------------------------------------------------------------- children

const children = [];
const DISPLAY = { server: 'server', playground: 'Playground' };
let stopping = false;

function label(name) {
  const colour = name === 'server' ? pc.cyan : pc.magenta;
  return colour(`[${name}]`.padEnd('[playground]'.length));
}

function start(name, args, childEnv) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...env, ...childEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const entry = { name, child, output: [], exited: false };
  // 'close' comes after 'exit' and after the last line of output: report only then.
  entry.done = new Promise((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  child.once('exit', () => {
    entry.exited = true;
  });
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      entry.output.push(line);
      if (entry.output.length > 200) entry.output.shift();
      out.write(`${label(name)} ${line}\n`);
    });
  }
  child.once('error', (error) => {
    complain(`could not start the ${DISPLAY[name]}: ${error.message}`);
    void shutdown(1);
  });
  child.once('close', (code, signal) => {
    entry.exited = true;
    if (stopping) return;
    complain(`the ${DISPLAY[name]} stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}).`);
    if (name === 'playground') showPlaygroundLog();
    void shutdown(1);
  });
  children.push(entry);
  return entry;
}

let playgroundLogStart = 0;

/** The Playground reports its start-up errors only in its log file: show what this run wrote there. */
function showPlaygroundLog(lines = 40) {
  let text = '';
  try {
    const fd = fs.openSync(PG_LOG, 'r');
    const size = fs.fstatSync(fd).size;
    const from = size >= playgroundLogStart ? playgroundLogStart : 0;
    const buffer = Buffer.alloc(size - from);
    fs.readSync(fd, buffer, 0, buffer.length, from);
    fs.closeSync(fd);
    text = buffer.toString('utf8');
  } catch {
    complain(`the Playground's log file ${PG_LOG} does not exist.`);
    return;
  }
  const tail = text.trimEnd().split('\n').slice(-lines);
  complain(`last lines of the Playground's log ${pc.dim(PG_LOG)}:`);
  for (const line of tail) process.stderr.write(`${label('playground')} ${pc.dim(line)}\n`);
}

/** Stops every child that still runs, by its PID: SIGTERM, then SIGKILL after a grace period. */
async function stopChildren(signal = 'SIGTERM') {
  const running = children.filter((c) => !c.exited);
  for (const c of running) {
    try {
      c.child.kill(signal);
    } catch {
      // already gone
    }
  }
  const all = Promise.all(running.map((c) => c.done));
  const inTime = await Promise.race([all.then(() => true), sleep(STOP_GRACE_MS).then(() => false)]);
  if (!inTime) {
    for (const c of children.filter((x) => !x.exited)) {
      complain(
        `the ${DISPLAY[c.name]} (PID ${c.child.pid}) did not stop within ${STOP_GRACE_MS / 1000} s: killing it.`,
      );
      c.child.kill('SIGKILL');
    }
    await all;
  }
}

let shuttingDown;
function shutdown(code, farewell) {
  if (shuttingDown) return shuttingDown;
  stopping = true;
  shuttingDown = stopChildren().then(() => {
    if (farewell) say(farewell);
    process.exit(code);
  });
  return shuttingDown;
}

let signals = 0;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    signals += 1;
    if (signals > 1) {
      complain('stopping now.');
      for (const c of children.filter((x) => !x.exited)) c.child.kill('SIGKILL');
      process.exit(130);
    }
    process.stdout.write('\n');
    say(`${signal}: stopping the server and the Playground…`);
    void shutdown(0, 'both stopped. Bye.');
  });
}

async function waitUntil(what, entry, check) {
  const end = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < end) {
    if (entry.exited || stopping) return undefined;
    try {
      const result = await check();
      if (result !== undefined) return result;
    } catch {
      // not up yet
    }
    await sleep(150);
  }
  throw new Error(`${what} did not answer within ${READY_TIMEOUT_MS / 1000} s.`);
}

// ------------------------------------------------------------------------------------------------ box

const visible = (s) => s.replace(/\x1b\[[0-9;]*m/g, '').length; // eslint-disable-line no-control-regex

function box(lines) {
  const width = Math.max(...lines.map(visible));
  const top = pc.green(`┌${'─'.repeat(width + 2)}┐`);
  const bottom = pc.green(`└${'─'.repeat(width + 2)}┘`);
  const side = pc.green('│');
  return [top, ...lines.map((l) => `${side} ${l}${' '.repeat(width - visible(l))} ${side}`), bottom].join('\n');
}

function channelName() {
  try {
    const yml = fs.readFileSync(PLAYGROUND_CONFIG, 'utf8');
    const channels = yml.slice(yml.indexOf('\n  channels:'));
    return /\bname:\s*["']?([^"'\n]+)/.exec(channels)?.[1]?.trim();
  } catch {
    return undefined;
  }
}

// ----------------------------------------------------------------------------------------------- main

async function main() {
  const problems = [...preflight()];
  if (problems.length === 0) problems.push(...(await checkPorts()));
  if (problems.length) {
    complain(`${pc.red('Cannot start.')}`);
    for (const p of problems) process.stderr.write(`  ${pc.red('✗')} ${p}\n`);
    process.exit(1);
  }

  fs.mkdirSync(DATA_DIR, { recursive: true });
  try {
    playgroundLogStart = fs.statSync(PG_LOG).size;
  } catch {
    playgroundLogStart = 0;
  }
  const colour = pc.isColorSupported ? { FORCE_COLOR: '1' } : {};
  const nodeOptions = [env.NODE_OPTIONS, '--disable-warning=DEP0111'].filter((o) => !blank(o)).join(' ');

  // The tab is served from its build: build it first (esbuild, about two seconds).
  try {
    await buildTab();
  } catch (error) {
    complain(`could not build the tab: ${error.message}`);
    process.exit(1);
  }

  say(`starting the server on ${BOT_URL} and the Playground on ${PG_URL}…`);
  const server = start('server', ['--import', 'tsx', 'server/main.ts'], {
    ...colour,
    PORT: String(BOT_PORT),
    LEERKRING_DATA_DIR: DATA_DIR,
    LEERKRING_CLIENT: 'playground', // it shows no dialogs: the bot sends their buttons as plain submits
    NODE_OPTIONS: nodeOptions,
  });
  const playground = start(
    'playground',
    [PLAYGROUND_CLI, '-e', `${BOT_URL}/api/messages`, '-c', 'msteams', '--dt', '-p', String(PG_PORT)],
    {
      ...colour,
      TEAMSAPPTESTER_BROWSER: 'none', // without it the CLI exits 1 when it cannot open a browser
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: PLAYGROUND_CONFIG,
      M365_AGENTS_PLAYGROUND_LOGFILE: PG_LOG,
    },
  );

  let health;
  try {
    health = await waitUntil('The server', server, async () => {
      const response = await fetch(`${BOT_URL}/healthz`, { signal: AbortSignal.timeout(2000) });
      const body = await response.json();
      return response.ok && body.status === 'ok' ? body : undefined;
    });
    await waitUntil('The Playground', playground, async () => {
      const response = await fetch(`http://127.0.0.1:${PG_PORT}/_debug/ping`, { signal: AbortSignal.timeout(2000) });
      return (await response.text()) === 'pong' ? true : undefined;
    });
  } catch (error) {
    complain(error.message);
    if (!playground.exited) showPlaygroundLog();
    return shutdown(1);
  }
  if (stopping || !health) return undefined;

  const listening = playground.output.map((l) => /Listening on (\d+)/.exec(l)?.[1]).find(Boolean);
  if (listening && Number(listening) !== PG_PORT) {
    complain(`the Playground took port ${listening} instead of ${PG_PORT}: something grabbed ${PG_PORT} meanwhile.`);
    return shutdown(1);
  }

  const channel = channelName();
  const lines = [
    pc.bold('Leerkring runs locally, with the Microsoft 365 Agents Playground'),
    '',
    `${pc.bold('Open in your browser:')}   ${pc.green(pc.underline(PG_URL))}`,
    pc.dim(
      `  a Teams-like client: in the channel${channel ? ` "${channel}"` : ''}, type @Leerkring and /start-session`,
    ),
    '',
    `Tab (local identity):   ${pc.green(`${BOT_URL}/tab/index.html?view=channel`)}`,
    pc.dim('  switch between the Playground\'s people at the top right; "My actions": ?view=my-actions'),
    `Sample members:         ${pc.cyan('npm run members')}`,
    pc.dim("  in another terminal, once a session runs: the five colleagues answer the current phase's card"),
    `Bot endpoint:           ${BOT_URL}/api/messages`,
    `Health:                 ${BOT_URL}/healthz`,
    `Data:                   ${health.store?.location ?? DATA_DIR}`,
    `Playground log:         ${PG_LOG}`,
    '',
    // The Playground's CLI has no option or variable for its address (it calls listen(port)).
    pc.yellow(`Note: the Playground listens on every network interface, not only on this computer:`),
    pc.yellow(
      `  others on your network can open ${PG_URL.replace('localhost', '<your address>')} and talk to the bot.`,
    ),
    pc.yellow('  Use npm start on a trusted network, or block port ' + PG_PORT + ' in your firewall.'),
    '',
    `Stop with ${pc.bold('Ctrl-C')}.`,
  ];
  process.stdout.write(`\n${box(lines)}\n\n`);
  return undefined;
}

main().catch((error) => {
  complain(error?.stack ?? String(error));
  void shutdown(1);
});
