import { collection } from '../collection';
import { retryOnConflict } from '../concurrency';
import { fail, ok, type DomainError, type Result } from '../errors';
import type { Deps } from '../ports';
import type { Driver, DriverStep } from './driver';

/** One saved version of the canvas: what it said, who saved it and when. Nothing is ever overwritten. */
export interface DriverVersion {
  revision: number;
  driver: Driver;
  byUserId: string;
  byName: string;
  at: string;
}

export const DRIVER_HISTORY = 'driver-history';
export const driverVersions = collection<DriverVersion>(DRIVER_HISTORY);
export const DRIVER_TEXT_MAX = 2000;
export const DRIVER_STEP_MAX = 500;
export const DRIVER_STEPS_MAX = 12;

/** The canvas as a member edits it (no who/when: the use case adds those). */
export type DriverInput = Pick<Driver, 'endGoal' | 'whyItMatters' | 'whatGoesWell' | 'howWeWillKnow'> & {
  steps: DriverStep[];
};

export interface DriverEdit {
  communityId: string;
  actor: { userId: string; name: string };
  driver: DriverInput;
  /** The revision the member started from: an edit on top of someone else's newer one is refused. */
  baseRevision: number;
}

/** `stale`: someone saved a newer revision meanwhile; the caller shows it next to what the member typed. */
export type DriverEditOutcome =
  | { ok: true; value: DriverVersion }
  | { ok: false; error: DomainError }
  | { ok: false; stale: { driver: Driver; revision: number } };

/** Zero-padded so the history lists in order. */
export const historyId = (communityId: string, revision: number): string =>
  `${communityId}:${String(revision).padStart(6, '0')}`;

/** Every saved version, oldest first. */
export async function driverHistory(deps: Deps, communityId: string): Promise<DriverVersion[]> {
  return (await deps.store.documents.list(driverVersions, `${communityId}:`)).map((d) => d.value);
}

/** The canvas now and its revision (0 before anyone saved a version). */
export async function currentDriver(
  deps: Deps,
  communityId: string,
): Promise<{ driver: Driver; revision: number } | undefined> {
  const community = await deps.store.communities.get(communityId);
  if (!community) return undefined;
  const last = (await driverHistory(deps, communityId)).at(-1);
  // The history is written first, so its newest version is the truth even before the community caught up.
  return last ? { driver: last.driver, revision: last.revision } : { driver: community.value.driver, revision: 0 };
}

/** Checks lengths and drops empty steps; the error names the field so the form can mark it. */
export function parseDriver(input: DriverInput): Result<DriverInput> {
  for (const field of ['endGoal', 'whyItMatters', 'whatGoesWell', 'howWeWillKnow'] as const) {
    const length = [...input[field]].length;
    if (length > DRIVER_TEXT_MAX) return fail('errors.input.tooLong', { field, length, max: DRIVER_TEXT_MAX });
  }
  const steps = input.steps.map((s) => ({ ...s, text: s.text.trim() })).filter((s) => s.text !== '');
  if (steps.length > DRIVER_STEPS_MAX)
    return fail('errors.input.tooLong', { field: 'steps', length: steps.length, max: DRIVER_STEPS_MAX });
  const long = steps.find((s) => [...s.text].length > DRIVER_STEP_MAX);
  if (long)
    return fail('errors.input.tooLong', { field: 'steps', length: [...long.text].length, max: DRIVER_STEP_MAX });
  return ok({ ...input, steps });
}

/**
 * Saves a new version of the driver. Members and facilitators edit it together; observers read.
 * The version is first added to the history (its id is the revision, so two saves on the same base
 * cannot both land), then becomes the community's driver.
 */
export async function editDriver(deps: Deps, edit: DriverEdit): Promise<DriverEditOutcome> {
  const role = (await deps.store.members.get(edit.communityId, edit.actor.userId))?.role;
  if (!role) return fail('errors.session.unknown');
  if (role === 'observer') return fail('errors.role.observerCannotContribute');
  const parsed = parseDriver(edit.driver);
  if (!parsed.ok) return parsed;
  const current = await currentDriver(deps, edit.communityId);
  if (!current) return fail('errors.session.unknown');
  if (current.revision !== edit.baseRevision) return { ok: false, stale: current };
  const now = deps.clock.now().toISOString();
  const driver: Driver = { ...parsed.value, updatedBy: edit.actor.name, updatedAt: now };
  const version: DriverVersion = {
    revision: edit.baseRevision + 1,
    driver,
    byUserId: edit.actor.userId,
    byName: edit.actor.name,
    at: now,
  };
  const added = await deps.store.documents.save(
    driverVersions,
    historyId(edit.communityId, version.revision),
    version,
    null,
  );
  if (!added.ok) return { ok: false, stale: (await currentDriver(deps, edit.communityId)) ?? current };
  return retryOnConflict(async () => {
    const community = await deps.store.communities.get(edit.communityId);
    if (!community) return fail('errors.session.unknown');
    const saved = await deps.store.communities.save({ ...community.value, driver }, community.version);
    return saved.ok ? ok(version) : 'conflict';
  });
}
