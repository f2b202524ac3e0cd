import pc from 'picocolors';

/** The columns of the load table bench/run.ts and bench/azure-table.ts print. */
export const LOAD_COLUMNS = [
  'scenario',
  'concurrency',
  'req/s',
  'p50 ms',
  'p99 ms',
  '× echo',
  'req/s spread',
  'bot CPU',
  'µs CPU/turn',
  'errors',
];

/** Rows as aligned text: the first two columns to the left, the figures to the right, the header in bold. */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r, index) => {
      const line = r.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
      return index === 0 ? pc.bold(line) : line;
    })
    .join('\n');
}
