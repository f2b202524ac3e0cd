/**
 * Azurite's Table service (the Azure Storage emulator, from node_modules) in a child process of its own,
 * on a free loopback port, in memory, with a fresh temporary working folder. Nothing goes to the network:
 * telemetry is switched off.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../bench/children';

export interface Azurite {
  /** For `openAzureTableStore({ connectionString })` and `LEERKRING_STORAGE_CONNECTION_STRING`. */
  connectionString: string;
  /** The account's well-known development key, to check it leaks nowhere. */
  accountKey: string;
  /** The Table endpoint, e.g. http://127.0.0.1:PORT/devstoreaccount1. */
  tableEndpoint: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

/** Azurite's documented development account (public, the same in every Azurite). */
const ACCOUNT = 'devstoreaccount1';
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const MAIN = path.join(__dirname, '..', '..', 'node_modules', 'azurite', 'dist', 'src', 'table', 'main.js');
const STARTED = 'Azurite Table service successfully started';

export async function startAzurite(options: { timeoutMs?: number } = {}): Promise<Azurite> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-azurite-'));
  // The free port can be taken between asking and listening: then try another.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      const proc = await launch(port, folder, options.timeoutMs ?? 20_000);
      const tableEndpoint = `http://127.0.0.1:${port}/${ACCOUNT}`;
      const stop = once(async () => {
        process.off('exit', killNow);
        await stopProcess(proc);
        fs.rmSync(folder, { recursive: true, force: true });
      });
      const killNow = () => proc.kill('SIGKILL');
      process.on('exit', killNow);
      return {
        connectionString:
          `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};` + `TableEndpoint=${tableEndpoint};`,
        accountKey: KEY,
        tableEndpoint,
        pid: proc.pid,
        stop,
      };
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('EADDRINUSE')) {
        fs.rmSync(folder, { recursive: true, force: true });
        throw error;
      }
    }
  }
}

function launch(port: number, cwd: string, timeoutMs: number): Promise<ChildProcess> {
  const args = [
    MAIN,
    '--tableHost',
    '127.0.0.1',
    '--tablePort',
    String(port),
    '--inMemoryPersistence',
    '--disableTelemetry',
    '--skipApiVersionCheck',
    '--loose',
    '--silent',
  ];
  const proc = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`Azurite did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      proc.kill('SIGKILL');
      reject(error);
    };
    const collect = (chunk: Buffer) => {
      output = `${output}${chunk.toString('utf8')}`.slice(-4000);
      if (output.includes(STARTED)) {
        clearTimeout(timer);
        resolve(proc);
      }
    };
    proc.stdout.on('data', collect);
    proc.stderr.on('data', collect);
    proc.on('error', (error) => fail(error));
    proc.on('exit', (code, signal) =>
      fail(new Error(`Azurite exited (${code ?? signal}) before it started:\n${output}`)),
    );
  });
}

function stopProcess(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
    proc.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    proc.kill('SIGTERM');
  });
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
}
