import { FilingError } from './filing-error';

/** Graph's throttling and unavailability answers, retried like the library's RetryHandler does for JSON calls. */
export const RETRY_STATUSES = new Set([429, 503, 504]);

export interface UploadRetryOptions {
  /** Tries of one request before the attempt gives up and the outbox takes over. */
  maxTries: number;
  /** A Retry-After longer than this ends the attempt: the outbox waits it out instead of holding the job's lease. */
  maxInlineWaitMs: number;
  /** The wait before the n-th retry when the server named none. */
  backoffMs: (retry: number) => number;
  sleep: (ms: number) => Promise<void>;
}

export const defaultUploadRetry: UploadRetryOptions = {
  maxTries: 5,
  maxInlineWaitMs: 30_000,
  backoffMs: (retry) => Math.min(500 * 2 ** retry, 8_000),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Retry-After in milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable.
 */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const value = headers?.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Sends a binary request again after a 429/503/504 (honouring Retry-After) or a dropped connection. The Graph
 * client's RetryHandler skips exactly these requests (application/octet-stream PUTs), so uploads retry here.
 * Any other answer is returned as it is.
 */
export async function sendWithRetry(
  what: string,
  send: () => Promise<Response>,
  options: UploadRetryOptions,
): Promise<Response> {
  for (let retry = 0; ; retry++) {
    const last = retry + 1 >= options.maxTries;
    let response: Response;
    try {
      response = await send();
    } catch (error) {
      if (last) throw FilingError.transient(`${what}: ${describe(error)}`);
      await options.sleep(options.backoffMs(retry));
      continue;
    }
    if (!RETRY_STATUSES.has(response.status)) return response;
    const wait = retryAfterMs(response.headers) ?? options.backoffMs(retry);
    await response.body?.cancel();
    if (last || wait > options.maxInlineWaitMs)
      throw FilingError.transient(`${what}: Graph answered ${response.status}`, wait);
    await options.sleep(wait);
  }
}

export const describe = (error: unknown): string =>
  error instanceof Error
    ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}`
    : String(error);
