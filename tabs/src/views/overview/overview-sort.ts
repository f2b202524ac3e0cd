import type { OverviewRow } from './use-overview';

export const SORT_KEYS = ['name', 'next', 'attendance', 'driver', 'open'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The last session's share of members present (0 to 1), if one was held. */
export const lastAttendance = (row: OverviewRow): number | undefined => {
  const last = row.trend.at(-1);
  return last && last.members > 0 ? last.present / last.members : undefined;
};

/** The last average driver rating, once enough members rated. */
export const lastRating = (row: OverviewRow): number | undefined =>
  row.trend.findLast((p) => p.rating.average !== undefined)?.rating.average;

const value = (row: OverviewRow, key: SortKey): string | number | undefined => {
  switch (key) {
    case 'name':
      return row.name;
    case 'next':
      return row.sessions.next?.start;
    case 'attendance':
      return lastAttendance(row);
    case 'driver':
      return lastRating(row);
    case 'open':
      return row.actions.open;
  }
};

/** Rows sorted on a column; rows without a value go last either way. */
export function sortRows(rows: readonly OverviewRow[], key: SortKey, ascending: boolean): OverviewRow[] {
  return [...rows].sort((a, b) => {
    const [x, y] = [value(a, key), value(b, key)];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(String(y)) : x - Number(y);
    return ascending ? order : -order;
  });
}
