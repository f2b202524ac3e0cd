/**
 * Storage round trips of a dot-vote click on Azure Table storage, with the latency of a real storage account added
 * by bench/storage-proxy.ts. A click's round trips are counted at the proxy (all of them, the deferred card update
 * included); how many of them are in a row on the click's path is what the added latency does to its median.
 */
import type { LoadResult } from './load';
import type { StorageProxy } from './storage-proxy';

/** The added round-trip times, in ms (issue 17: 0, 5 and 15). */
export const LATENCIES_MS = [0, 5, 15];
/** Members clicking at once for the latency target (a dot-vote click median ≤ 60 ms at 15 ms per trip). */
export const BUSY_CONCURRENCY = 16;

export interface RoundTripRow {
  latencyMs: number;
  concurrency: number;
  /** Storage requests per answered click, over the window. */
  roundTrips: number;
  p50Ms: number;
  p99Ms: number;
}

/** Measures one click at a time at each latency, and `BUSY_CONCURRENCY` at once at the highest. */
export async function measureRoundTrips(
  proxy: StorageProxy,
  load: (concurrency: number, onWindow: (edge: 'open' | 'close') => void) => Promise<LoadResult>,
): Promise<RoundTripRow[]> {
  const rows: RoundTripRow[] = [];
  const run = async (latencyMs: number, concurrency: number) => {
    proxy.setLatency(latencyMs);
    const seen = { open: 0, close: 0 };
    const r = await load(concurrency, (edge) => (seen[edge] = proxy.requests()));
    const roundTrips = r.requests ? (seen.close - seen.open) / r.requests : NaN;
    rows.push({ latencyMs, concurrency, roundTrips, p50Ms: r.p50Ms, p99Ms: r.p99Ms });
  };
  for (const latency of LATENCIES_MS) await run(latency, 1);
  await run(Math.max(...LATENCIES_MS), BUSY_CONCURRENCY);
  proxy.setLatency(0);
  return rows;
}

/** Round trips in a row on the click's path: what each added millisecond of latency adds to its median. */
export function sequentialTrips(rows: RoundTripRow[]): number {
  const single = rows.filter((r) => r.concurrency === 1);
  const low = single[0];
  const high = single.at(-1);
  if (!low || !high || high.latencyMs === low.latencyMs) return NaN;
  return (high.p50Ms - low.p50Ms) / (high.latencyMs - low.latencyMs);
}

/** The lines for the bench's table, and the figures for its JSON line. */
export function roundTripReport(rows: RoundTripRow[]): { lines: string[]; json: Record<string, number | null> } {
  const round = (x: number, d: number) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);
  const json: Record<string, number | null> = {};
  const lines = rows.map((r) => {
    const key = `vote_azure_${r.latencyMs}ms_c${r.concurrency}`;
    json[`${key}_round_trips`] = round(r.roundTrips, 2);
    json[`${key}_p50_ms`] = round(r.p50Ms, 1);
    json[`${key}_p99_ms`] = round(r.p99Ms, 1);
    return (
      `  +${r.latencyMs} ms per trip, ${r.concurrency} at once: ${r.roundTrips.toFixed(1)} round trips per click, ` +
      `median ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms`
    );
  });
  const inRow = sequentialTrips(rows);
  json.vote_azure_sequential_round_trips = round(inRow, 1);
  lines.push(`  in a row on the click's path (median's growth per ms of latency): ${inRow.toFixed(1)}`);
  return { lines, json };
}
