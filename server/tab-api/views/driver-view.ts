import type { Driver } from '../../../domain/driver/driver';
import { currentDriver, driverHistory, type DriverVersion } from '../../../domain/driver/edit-driver';
import type { Deps } from '../../../domain/ports';
import { driverTrend } from '../../../domain/report/driver-trend';
import { driverContributions } from './driver-contributions';

/**
 * The canvas, who changed it when, every earlier version, the rating trend across sessions, and what the group
 * contributed in the driver step to shape it from.
 */
export async function driverView(deps: Deps, communityId: string) {
  const current = await currentDriver(deps, communityId);
  const history = await driverHistory(deps, communityId);
  const trend = await driverTrend(deps, communityId, Number.MAX_SAFE_INTEGER);
  return {
    driver: current?.driver,
    revision: current?.revision ?? 0,
    changedBy: whoChangedWhat(history),
    history: [...history]
      .reverse()
      .map((v) => ({ revision: v.revision, byName: v.byName, at: v.at, driver: v.driver })),
    trend: trend.map((p) => ({
      number: p.sessionNumber,
      count: p.count,
      ...(p.average !== undefined ? { average: p.average } : {}),
    })),
    contributions: await driverContributions(deps, communityId),
  };
}

const PARTS = ['endGoal', 'whyItMatters', 'whatGoesWell', 'steps', 'howWeWillKnow'] as const;
export type DriverPart = (typeof PARTS)[number];

/** For each part of the canvas, who last changed it and when (from the versions, oldest first). */
function whoChangedWhat(
  history: readonly DriverVersion[],
): Partial<Record<DriverPart, { byName: string; at: string }>> {
  const changed: Partial<Record<DriverPart, { byName: string; at: string }>> = {};
  let before: Driver | undefined;
  for (const version of history) {
    for (const part of PARTS) {
      if (JSON.stringify(version.driver[part]) !== JSON.stringify(before?.[part] ?? (part === 'steps' ? [] : '')))
        changed[part] = { byName: version.byName, at: version.at };
    }
    before = version.driver;
  }
  return changed;
}
