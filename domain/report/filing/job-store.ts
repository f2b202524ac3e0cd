import type { Deps, Stored, StoredDocument } from '../../ports';
import { filingJobs, type FilingJob } from './filing-job';

const MAX_TRIES = 8;

/** The value without some of its fields (a lease given up, an error no longer current). */
export function omit<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}

/** A job by its id (`jobIdOf`: a session report's is its session's id). */
export const readJob = (deps: Deps, jobId: string): Promise<Stored<FilingJob> | undefined> =>
  deps.store.documents.get(filingJobs, jobId);

export const listJobs = (deps: Deps): Promise<StoredDocument<FilingJob>[]> => deps.store.documents.list(filingJobs);

/**
 * Reads a job, lets `change` decide its next value (or `undefined` to leave it), and saves it guarded by the version
 * read; on a conflict it reads again. Returns the saved job, or undefined when nothing was saved.
 */
export async function updateJob(
  deps: Deps,
  jobId: string,
  change: (current: FilingJob | undefined) => FilingJob | undefined,
): Promise<FilingJob | undefined> {
  for (let i = 0; i < MAX_TRIES; i++) {
    const current = await readJob(deps, jobId);
    const next = change(current?.value);
    if (!next) return undefined;
    const saved = await deps.store.documents.save(filingJobs, jobId, next, current?.version ?? null);
    if (saved.ok) return next;
  }
  throw new Error(`report filing: job ${jobId} kept changing under us`);
}
