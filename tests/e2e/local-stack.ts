/**
 * The local stack for end-to-end tests: the real Leerkring server and the Microsoft 365 Agents
 * Playground, each a child process started exactly as `npm start` (scripts/dev.mjs) starts them,
 * but on free ports and with a fresh data directory. See docs in /work/shared/design/E2E.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type WebSocketRoute } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const PLAYGROUND_CLI = path.join(ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
const PLAYGROUND_CONFIG = path.join(ROOT, '.m365agentsplayground.yml');

/** Chromium flags of the verified recipe; the profile directory is passed to launchPersistentContext. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Everything that is not loopback: the Playground UI tries an Office CDN for fonts; offline that only hangs. */
export const NON_LOCAL_URL = /^https?:\/\/(?!localhost[:/]|127\.0\.0\.1[:/]|\[::1\][:/])/;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port nobody listens on right now, on every interface (the Playground binds all of them). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Throws when something already listens on the port (the Playground would silently pick another). */
export async function assertPortFree(port: number, host?: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
  if (!free) throw new Error(`port ${port}${host ? ` on ${host}` : ''} is already in use`);
}

/** A child process whose output goes to a log file we can show when something fails. */
export class Child {
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private output = '';

  constructor(
    readonly name: string,
    readonly proc: ChildProcess,
    readonly logFile: string,
  ) {
    const log = fs.createWriteStream(logFile);
    const collect = (chunk: Buffer) => {
      this.output += chunk.toString();
      log.write(chunk);
    };
    proc.stdout?.on('data', collect);
    proc.stderr?.on('data', collect);
    type Exit = { code: number | null; signal: NodeJS.Signals | null };
    this.exited = new Promise<Exit>((resolve) => {
      proc.once('exit', (code, signal) => resolve({ code, signal }));
    }).then((result) => new Promise<Exit>((resolve) => log.end(() => resolve(result))));
  }

  get running(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** Everything the child printed on stdout and stderr so far. */
  get text(): string {
    return this.output;
  }

  /** Stops the child by its PID: SIGTERM, then SIGKILL if it does not exit in time. */
  async stop(graceMs = 5000): Promise<void> {
    if (!this.running) return;
    this.proc.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const done = await Promise.race([
      this.exited.then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), graceMs))),
    ]);
    clearTimeout(timer);
    if (!done && this.running) {
      this.proc.kill('SIGKILL');
      await this.exited;
    }
  }
}

function start(name: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Child {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Child(name, child, logFile);
}

/** Polls a URL until `ok` accepts the answer; fails early when `child` exits meanwhile. */
export async function waitHttp(
  url: string,
  ok: (status: number, body: string) => boolean,
  child: Child,
  timeoutMs = 30000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < end) {
    if (!child.running)
      throw new Error(
        `${child.name} exited (code ${child.proc.exitCode}, signal ${child.proc.signalCode}) before ${url} answered`,
      );
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      const body = await response.text();
      if (ok(response.status, body)) return;
      last = `${response.status} ${body.slice(0, 200)}`;
    } catch (error) {
      last = String(error);
    }
    await sleep(100);
  }
  throw new Error(`timeout after ${timeoutMs} ms waiting for ${url} (last: ${last})`);
}

export interface Stack {
  dataDir: string;
  botPort: number;
  playgroundPort: number;
  botUrl: string;
  playgroundUrl: string;
  server: Child;
  playground: Child;
  /** The Playground's own log (start-up errors end up only there). */
  playgroundLogFile: string;
  stop(): Promise<void>;
  /** Server output, Playground output and the tail of the Playground's log file, for a failed test. */
  logs(): string;
}

/**
 * Starts the server, then the Playground pointed at it. Children that started are stopped again when
 * a later step fails. `workDir` receives the data directory and the log files.
 */
export async function startStack(workDir: string): Promise<Stack> {
  const dataDir = path.join(workDir, 'data');
  fs.mkdirSync(dataDir, { recursive: true });
  const botPort = await freePort();
  let playgroundPort = await freePort();
  while (playgroundPort === botPort) playgroundPort = await freePort();
  await assertPortFree(botPort, '127.0.0.1');
  await assertPortFree(playgroundPort);

  // The bot endpoint is 127.0.0.1, not localhost: local mode listens on 127.0.0.1 only, and on machines
  // where localhost resolves to ::1 first a request to localhost would go nowhere.
  const botUrl = `http://127.0.0.1:${botPort}`;
  const playgroundUrl = `http://localhost:${playgroundPort}`;
  const playgroundLogFile = path.join(workDir, 'playground-internal.log');
  const children: Child[] = [];
  const stop = async () => {
    await Promise.all(children.map((c) => c.stop()));
  };
  try {
    const server = start(
      'server',
      ['--import', 'tsx', 'server/main.ts'],
      {
        PORT: String(botPort),
        LEERKRING_DATA_DIR: dataDir,
        NODE_OPTIONS: '--disable-warning=DEP0111',
        MicrosoftAppId: '',
        MicrosoftAppPassword: '',
        HOST: '',
        LEERKRING_DB: '',
      },
      path.join(workDir, 'server.log'),
    );
    children.push(server);
    await waitHttp(`${botUrl}/healthz`, (status, body) => status === 200 && body.includes('"status":"ok"'), server);

    const playground = start(
      'playground',
      [PLAYGROUND_CLI, '-e', `${botUrl}/api/messages`, '-c', 'msteams', '--dt', '-p', String(playgroundPort)],
      {
        TEAMSAPPTESTER_BROWSER: 'none', // without it the CLI exits 1 when it cannot open a browser
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: PLAYGROUND_CONFIG,
        M365_AGENTS_PLAYGROUND_LOGFILE: playgroundLogFile,
      },
      path.join(workDir, 'playground.log'),
    );
    children.push(playground);
    await waitHttp(`${playgroundUrl}/_debug/ping`, (status, body) => status === 200 && body === 'pong', playground);
    const listening = /Listening on (\d+)/.exec(playground.text)?.[1];
    if (listening !== String(playgroundPort)) {
      throw new Error(`the Playground listens on ${listening ?? '?'} instead of ${playgroundPort}: the port was taken`);
    }

    return {
      dataDir,
      botPort,
      playgroundPort,
      botUrl,
      playgroundUrl,
      server,
      playground,
      playgroundLogFile,
      stop,
      logs: () => describeLogs(children, playgroundLogFile),
    };
  } catch (error) {
    const logs = describeLogs(children, playgroundLogFile);
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${logs}`);
  }
}

function describeLogs(children: Child[], playgroundLogFile: string): string {
  const parts = children.map((c) =>
    section(`${c.name} output (${c.running ? 'running' : `exited ${c.proc.exitCode ?? c.proc.signalCode}`})`, c.text),
  );
  parts.push(section(`Playground log file ${playgroundLogFile} (last 60 lines)`, tail(playgroundLogFile, 60)));
  return parts.join('\n');
}

const section = (title: string, body: string) => `----- ${title} -----\n${body.trimEnd() || '(empty)'}\n`;

function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log file)';
  }
}

export const makeWorkDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/**
 * Shared-card updates (`updateMessage` over the Playground's WebSocket), held back on demand. The bot
 * updates a shared card one coalescing interval (1 s) after an answer, and the Playground, which does not
 * support `refresh`, then replaces the member's own view (the card the invoke returned) with the shared
 * one. Holding them makes what is seen, and when, deterministic.
 */
export class UpdateGate {
  holding = false;
  readonly held: string[] = [];
  private toBrowser: WebSocketRoute | undefined;

  hold(): void {
    this.holding = true;
  }

  release(): void {
    this.holding = false;
    for (const message of this.held.splice(0)) this.toBrowser?.send(message);
  }

  /** Sits between the page and the Playground's conversation socket; `observe` sees every message. */
  async attach(page: Page, observe?: (message: string) => void): Promise<void> {
    await page.routeWebSocket(/\/_ws_conversation\//, (ws) => {
      this.toBrowser = ws;
      const server = ws.connectToServer();
      ws.onMessage((message) => server.send(message));
      server.onMessage((message) => {
        if (typeof message === 'string') observe?.(message);
        if (this.holding && typeof message === 'string' && message.includes('"updateMessage"')) this.held.push(message);
        else ws.send(message);
      });
    });
  }
}

/** Debian's Chromium with a fresh profile, blocking everything that is not local, with the gate attached. */
export async function openPlaygroundBrowser(
  workDir: string,
  gate: UpdateGate,
  observe?: (message: string) => void,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(path.join(workDir, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: CHROMIUM_ARGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  await page.route(NON_LOCAL_URL, (route) => route.abort());
  await gate.attach(page, observe);
  return { context, page };
}
