/** A limit on calls in a sliding window: at most `max` calls in any `ms` milliseconds. */
export interface RateWindow {
  ms: number;
  max: number;
}

/**
 * Teams' limits for one bot sending to one thread ("for estimation only", learn.microsoft.com
 * …/bots/how-to/rate-limit); updates count as sends.
 */
export const TEAMS_THREAD_LIMITS: readonly RateWindow[] = [
  { ms: 1_000, max: 7 },
  { ms: 2_000, max: 8 },
  { ms: 30_000, max: 60 },
  { ms: 3_600_000, max: 1_800 },
];

/** Statuses the Connector answers when a call may succeed later (Teams' rate-limit page). */
const RETRYABLE = new Set([429, 412, 502, 504]);

export interface PacerOptions {
  limits?: readonly RateWindow[];
  /** Tries per call, the first included. */
  maxAttempts?: number;
  /** Backoff when no Retry-After is given: base · 2^(retry − 1), capped. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Up to this much random extra wait before a retry, so instances do not retry in step. */
  jitterMs?: number;
  /** A retry that would wait longer than this is not made: the error is rethrown. */
  maxRetryWaitMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  onRetry?: (info: { key: string; attempt: number; status: number; waitMs: number }) => void;
}

interface Thread {
  /** When each earlier call ended (ascending), throttled and failed ones included. */
  done: number[];
  notBefore: number;
  tail: Promise<unknown>;
  queued: number;
}

/**
 * The thread a conversation id belongs to, for pacing. A channel reply chain's id is
 * `19:…@thread.tacv2;messageid=…`; we key on the channel, without `;messageid=`, so all reply chains of a
 * channel share one budget. If Teams counts per reply chain this is merely stricter; keyed per chain,
 * we would overrun a per-channel limit.
 */
export const threadKeyOf = (conversationId: string): string => conversationId.replace(/;messageid=.*$/i, '');

/**
 * Paces outbound Connector calls per thread. Calls to one thread run one at a time, in order (which also
 * keeps cards in the order they were posted), each only when it fits every window. A call is counted from
 * when it *ended*: Teams received it somewhere between start and end, so counting the end never
 * undercounts. 429/412/502/504 are retried after Retry-After (seconds or HTTP date) or an exponential
 * backoff, plus jitter, a bounded number of times; then the error is rethrown.
 */
export class ThreadPacer {
  private readonly threads = new Map<string, Thread>();
  private readonly limits: readonly RateWindow[];
  private readonly horizonMs: number;
  private readonly o: Required<Omit<PacerOptions, 'onRetry' | 'limits'>> & Pick<PacerOptions, 'onRetry'>;

  constructor(options: PacerOptions = {}) {
    this.limits = options.limits ?? TEAMS_THREAD_LIMITS;
    this.horizonMs = Math.max(...this.limits.map((w) => w.ms));
    this.o = {
      maxAttempts: 3,
      backoffMs: 500,
      maxBackoffMs: 8_000,
      jitterMs: 250,
      maxRetryWaitMs: 60_000,
      now: () => Date.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      random: Math.random,
      ...options,
    };
  }

  /** Makes `call` in thread `key` once it fits the limits; resolves with its result. */
  run<T>(key: string, call: () => Promise<T>): Promise<T> {
    const thread = this.threads.get(key) ?? { done: [], notBefore: 0, tail: Promise.resolve(), queued: 0 };
    this.threads.set(key, thread);
    thread.queued++;
    const result = thread.tail.then(() => this.attempt(key, thread, call));
    thread.tail = result.then(
      () => this.settle(thread),
      () => this.settle(thread),
    );
    return result;
  }

  private async attempt<T>(key: string, thread: Thread, call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const wait = this.earliest(thread, this.o.now()) - this.o.now();
      if (wait > 0) await this.o.sleep(wait);
      try {
        const result = await call();
        thread.done.push(this.o.now());
        return result;
      } catch (error) {
        const now = this.o.now();
        thread.done.push(now);
        const status = statusOf(error);
        if (status === undefined || !RETRYABLE.has(status) || attempt >= this.o.maxAttempts) throw error;
        const base = retryAfterMs(error, now) ?? Math.min(this.o.maxBackoffMs, this.o.backoffMs * 2 ** (attempt - 1));
        const waitMs = Math.round(base + this.o.random() * this.o.jitterMs);
        if (waitMs > this.o.maxRetryWaitMs) throw error;
        this.o.onRetry?.({ key, attempt, status, waitMs });
        thread.notBefore = Math.max(thread.notBefore, now + waitMs);
      }
    }
  }

  /** The earliest time ≥ now at which one more call fits every window (calls counted by their end). */
  private earliest(thread: Thread, now: number): number {
    const { done } = thread;
    while (done.length > 0 && done[0]! <= now - this.horizonMs) done.shift();
    let at = Math.max(now, thread.notBefore);
    for (const { ms, max } of this.limits) {
      // A window (at − ms, at] may hold max − 1 earlier calls; the max-th most recent must have left it.
      if (done.length >= max) at = Math.max(at, done[done.length - max]! + ms);
    }
    return at;
  }

  private settle(thread: Thread): void {
    thread.queued--;
    if (thread.queued > 0) return;
    for (const [key, t] of this.threads) {
      // Forget idle threads whose calls have all left the longest window.
      if (t.queued === 0 && (t.done.at(-1) ?? -Infinity) <= this.o.now() - this.horizonMs) this.threads.delete(key);
    }
  }
}

/** The Connector's RestError (statusCode, response.headers.get) or a fetch-style error. */
interface HttpErrorLike {
  statusCode?: number;
  status?: number;
  response?: {
    status?: number;
    headers?: { get?: (name: string) => string | null | undefined; 'retry-after'?: string };
  };
}

function statusOf(error: unknown): number | undefined {
  const e = error as HttpErrorLike | undefined;
  const status = e?.statusCode ?? e?.status ?? e?.response?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Retry-After of an HTTP error in milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(error: unknown, now: number): number | undefined {
  const headers = (error as HttpErrorLike | undefined)?.response?.headers;
  if (!headers) return undefined;
  const raw = typeof headers.get === 'function' ? headers.get('retry-after') : headers['retry-after'];
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const value = raw.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
