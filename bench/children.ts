import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

/** A child process of the bench, with the tail of what it printed (to explain a failure). */
export interface Child {
  name: string;
  proc: ChildProcess;
  /** Resolves with the exit code (or the signal's name) once it has exited. */
  exited: Promise<number | string>;
  hasExited(): boolean;
  /** The last lines it wrote to stdout and stderr. */
  tail(): string;
  /** How many lines of its stderr contained `needle` (see `countInStderr`). */
  stderrMatches(): number;
  stopLast: boolean;
}

export interface ChildOptions {
  name: string;
  /** Node flags before the script, e.g. --cpu-prof. */
  nodeArgs?: string[];
  script: string;
  /** Arguments after the script. */
  args?: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  ipc?: boolean;
  /** Run it on this CPU only (`taskset -c`). */
  cpu?: number;
  /** Lines of stderr that contain this text are counted. */
  countInStderr?: string;
  /** Stop it only after the others have exited (see `stopAll`). */
  stopLast?: boolean;
}

const children = new Set<Child>();

/** Runs a TypeScript file in a fresh Node process through tsx's loader (no wrapper process in between). */
export function startChild(options: ChildOptions): Child {
  const nodeCommand = [
    process.execPath,
    ...(options.nodeArgs ?? []),
    '--import',
    'tsx',
    options.script,
    ...(options.args ?? []),
  ];
  const [command, ...args] =
    options.cpu === undefined ? nodeCommand : ['taskset', '-c', String(options.cpu), ...nodeCommand];
  const proc = spawn(command as string, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let matches = 0;
  const keep = (stream: 'out' | 'err') => (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      if (stream === 'err' && options.countInStderr && line.includes(options.countInStderr)) matches++;
      lines.push(`[${options.name}${stream === 'err' ? ' stderr' : ''}] ${line}`);
      if (lines.length > 40) lines.shift();
    }
  };
  // Always drain both pipes: a full pipe would stall the child.
  proc.stdout?.on('data', keep('out'));
  proc.stderr?.on('data', keep('err'));
  let done = false;
  const exited = new Promise<number | string>((resolve) => {
    proc.on('exit', (code, signal) => {
      done = true;
      children.delete(child);
      resolve(code ?? signal ?? 'unknown');
    });
    proc.on('error', (error) => {
      done = true;
      children.delete(child);
      lines.push(`[${options.name}] could not start: ${error.message}`);
      resolve('spawn-error');
    });
  });
  const child: Child = {
    name: options.name,
    proc,
    exited,
    hasExited: () => done,
    tail: () => lines.join('\n'),
    stderrMatches: () => matches,
    stopLast: options.stopLast ?? false,
  };
  children.add(child);
  return child;
}

/** Waits for the child's `{ type: 'ready' }` IPC message; fails if it exits or takes too long. */
export function waitForReady<T extends { type: string }>(child: Child, timeoutMs = 30_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${child.name} did not become ready within ${timeoutMs} ms\n${child.tail()}`)),
      timeoutMs,
    );
    child.proc.on('message', function onMessage(message: T) {
      if (message.type !== 'ready') return;
      clearTimeout(timer);
      child.proc.off('message', onMessage);
      resolve(message);
    });
    void child.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${child.name} exited (${code}) before it was ready\n${child.tail()}`));
    });
  });
}

/** Polls `url` until it answers 200; fails if the child exits or it takes too long. */
export async function waitForHttp(child: Child, url: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (child.hasExited())
      throw new Error(`${child.name} exited (${await child.exited}) before it was ready\n${child.tail()}`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > end)
      throw new Error(`${child.name} did not answer ${url} within ${timeoutMs} ms\n${child.tail()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Sends one IPC request and waits for the answer of the given type. */
export function ask<T extends { type: string }>(
  child: Child,
  request: { type: string; [key: string]: unknown },
  answerType: string,
  timeoutMs = 10_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${child.name} did not answer '${request.type}'`)), timeoutMs);
    child.proc.on('message', function onMessage(message: T) {
      if (message.type !== answerType) return;
      clearTimeout(timer);
      child.proc.off('message', onMessage);
      resolve(message);
    });
    child.proc.send?.(request);
  });
}

/**
 * Asks every child still running to stop (SIGTERM), waits up to `graceMs`, then kills what is left.
 * Children started with `stopLast` (the connector) go after the others, so a bot that finishes its
 * pending outbound calls on shutdown still has somebody to talk to. Returns who had to be killed.
 */
export async function stopAll(graceMs = 5000): Promise<string[]> {
  const killed: string[] = [];
  const all = [...children];
  for (const group of [all.filter((c) => !c.stopLast), all.filter((c) => c.stopLast)]) {
    for (const child of group) child.proc.kill('SIGTERM');
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([Promise.all(group.map((c) => c.exited)), timeout]);
    for (const child of group) {
      if (child.hasExited()) continue;
      killed.push(child.name);
      child.proc.kill('SIGKILL');
      await child.exited;
    }
  }
  return killed;
}

/** Last resort on process exit: no waiting possible any more. */
export function killAllNow(): void {
  for (const child of children) child.proc.kill('SIGKILL');
}

/** A port nobody listens on right now (the usual small race is acceptable for a bench). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

let ticksPerSecond: number | undefined;

/** CPU time (user + system, all threads) a process has used so far, in ms; NaN where /proc is missing. */
export function cpuMs(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / ticksPerSecond) * 1000; // utime + stime
  } catch {
    return NaN;
  }
}
