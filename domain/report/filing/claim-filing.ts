import type { Deps } from '../../ports';
import type { ClaimedJob, FilingJob } from './filing-job';
import { listJobs } from './job-store';
import { filingJobs } from './filing-job';

export interface ClaimOptions {
  /** Names the worker (instance) in the lease, for the log. */
  owner: string;
  /** How long the claim holds; a worker that dies lets the job come back after this. */
  leaseMs: number;
}

const isDue = (job: FilingJob, now: Date): boolean =>
  job.state === 'pending' &&
  Date.parse(job.dueAt) <= now.getTime() &&
  (!job.lease || Date.parse(job.lease.until) <= now.getTime());

/**
 * Claims the job that has been due longest, if any. The claim is saved guarded by the version read, so of several
 * instances that see the same job only one gets it; the others move on to the next due job.
 */
export async function claimDueJob(deps: Deps, options: ClaimOptions): Promise<ClaimedJob | undefined> {
  const now = deps.clock.now();
  const due = (await listJobs(deps))
    .filter((d) => isDue(d.value, now))
    .sort((a, b) => a.value.dueAt.localeCompare(b.value.dueAt));
  for (const candidate of due) {
    const token = deps.ids.next();
    const job: FilingJob = {
      ...candidate.value,
      lease: { owner: options.owner, token, until: new Date(now.getTime() + options.leaseMs).toISOString() },
      filingRequest: candidate.value.requests,
      updatedAt: now.toISOString(),
    };
    const saved = await deps.store.documents.save(filingJobs, candidate.id, job, candidate.version);
    if (saved.ok) return { job, leaseToken: token };
  }
  return undefined;
}

/** When the next job falls due (to sleep until then), or undefined when nothing waits. */
export async function nextDueAt(deps: Deps): Promise<Date | undefined> {
  const times = (await listJobs(deps))
    .map((d) => d.value)
    .filter((job) => job.state === 'pending')
    .map((job) => Math.max(Date.parse(job.dueAt), job.lease ? Date.parse(job.lease.until) : 0));
  return times.length ? new Date(Math.min(...times)) : undefined;
}
