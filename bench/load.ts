import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { post } from './http-post';

export interface LoadOptions {
  /** Full URL of the endpoint that gets the POSTs. */
  url: string;
  concurrency: number;
  warmupMs: number;
  measureMs: number;
  /** The JSON body of request number `n` (n counts every request of this run, warm-up included). */
  body: (n: number) => string;
  /** Whether an answer counts as a success. */
  ok: (status: number, body: string) => boolean;
  /** Called when the measured window opens and when it closes (e.g. to read CPU times). */
  onWindow?: (edge: 'open' | 'close') => void;
}

export interface LoadResult {
  concurrency: number;
  /** Requests that completed (answered or failed) inside the measured window: the throughput. */
  requests: number;
  /** Requests sent inside the window: latency and errors are over these. */
  sampled: number;
  /** Every request answered or failed, warm-up included. */
  total: number;
  /** Of the sampled requests, how many failed (wrong status, wrong body, or a network error). */
  errors: number;
  seconds: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The first failure seen, to say what went wrong. */
  firstError?: string;
}

let requestNumber = 0;

/**
 * Closed loop: `concurrency` workers, each sending its next request as soon as the previous one
 * is answered, over keep-alive connections (one per worker). Nothing of the first `warmupMs` counts
 * (that is also when the connections are opened). Then, for `measureMs`: throughput counts the
 * requests that complete inside the window; latency and errors count the requests sent inside it
 * (the last of those are awaited after the window closes).
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: options.concurrency,
    maxFreeSockets: options.concurrency,
  });
  const start = performance.now();
  const measureFrom = start + options.warmupMs;
  const measureTo = measureFrom + options.measureMs;
  const latencies: number[] = [];
  let completed = 0;
  let total = 0;
  let errors = 0;
  let firstError: string | undefined;
  let consecutiveFailures = 0;

  const worker = async () => {
    while (performance.now() < measureTo) {
      if (consecutiveFailures > 200) return; // the server is gone: stop hammering it
      const payload = options.body(requestNumber++);
      const sentAt = performance.now();
      const sampled = sentAt >= measureFrom;
      let failure: string | undefined;
      try {
        const { status, body } = await post(agent, target, payload);
        if (!options.ok(status, body)) failure = `HTTP ${status}: ${body.slice(0, 300)}`;
      } catch (error) {
        failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      const doneAt = performance.now();
      total++;
      if (doneAt >= measureFrom && doneAt <= measureTo) completed++;
      if (sampled) latencies.push(doneAt - sentAt);
      if (failure === undefined) {
        consecutiveFailures = 0;
        continue;
      }
      if (sampled) errors++;
      firstError ??= failure;
      consecutiveFailures++;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  // The window's edges, each reported exactly once, on time or (if the loop was late) right after.
  const fired = { open: false, close: false };
  const edge = (which: 'open' | 'close') => {
    if (fired[which]) return;
    fired[which] = true;
    options.onWindow?.(which);
  };
  const timers = [
    setTimeout(() => edge('open'), options.warmupMs),
    setTimeout(() => edge('close'), options.warmupMs + options.measureMs),
  ];
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  timers.forEach(clearTimeout);
  edge('open');
  edge('close');
  agent.destroy();

  const seconds = options.measureMs / 1000;
  const sorted = Float64Array.from(latencies).sort();
  const result: LoadResult = {
    concurrency: options.concurrency,
    requests: completed,
    sampled: latencies.length,
    total,
    errors,
    seconds,
    rps: completed / seconds,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    maxMs: sorted.length ? (sorted[sorted.length - 1] ?? NaN) : NaN,
  };
  if (firstError !== undefined) result.firstError = firstError;
  return result;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}
