import type { Deps } from '../../ports';
import { backoffMs, defaultBackoff, type BackoffPolicy } from './backoff';
import {
  jobIdOf,
  type ClaimedJob,
  type FiledLinks,
  type FilingJob,
  type FilingRequester,
  type PermanentReason,
} from './filing-job';
import { listJobs, omit, updateJob } from './job-store';

/** How an attempt ended when it did not file the report. */
export type AttemptFailure =
  | { kind: 'transient'; message: string; retryAfterMs?: number }
  | { kind: 'permanent'; reason: PermanentReason; message: string }
  | { kind: 'sign-in'; message: string };

/** What the facilitator is to be told now, if anything. */
export type FilingNotice = 'filed' | 'delayed' | 'failed' | 'sign-in' | undefined;

export interface Recorded {
  job: FilingJob;
  notice: FilingNotice;
}

/**
 * Only the worker that holds the lease records an outcome; a worker whose lease ran out and was taken over does not.
 */
const stillOurs = (job: FilingJob | undefined, claimed: ClaimedJob): job is FilingJob =>
  job?.lease?.token === claimed.leaseToken;

/**
 * Records that the report was filed. When somebody asked for it again during the attempt, the job is due again at
 * once (the new files replace these); otherwise it is done. Undefined when the lease was lost.
 */
export async function recordFiled(deps: Deps, claimed: ClaimedJob, links: FiledLinks): Promise<Recorded | undefined> {
  const now = deps.clock.now().toISOString();
  const job = await updateJob(deps, jobIdOf(claimed.job), (current) => {
    if (!stillOurs(current, claimed)) return undefined;
    const askedAgain = current.requests > (current.filingRequest ?? current.requests);
    return {
      ...omit(current, 'lease', 'lastError', 'failure'),
      state: askedAgain ? 'pending' : 'filed',
      attempts: 0,
      dueAt: now,
      delayNotified: false,
      signInNotified: false,
      filed: { ...links, at: now },
      updatedAt: now,
    };
  });
  return job && { job, notice: 'filed' };
}

/** Records a failed attempt: a later retry with backoff, a stop for good, or a wait for someone's sign-in. */
export async function recordFailure(
  deps: Deps,
  claimed: ClaimedJob,
  failure: AttemptFailure,
  backoff: BackoffPolicy = defaultBackoff,
): Promise<Recorded | undefined> {
  const now = deps.clock.now();
  let notice: FilingNotice;
  const job = await updateJob(deps, jobIdOf(claimed.job), (current) => {
    if (!stillOurs(current, claimed)) return undefined;
    const base = {
      ...omit(current, 'lease'),
      lastError: { at: now.toISOString(), message: failure.message },
      updatedAt: now.toISOString(),
    };
    const next = afterFailure(base, failure, now, backoff);
    notice = noticeFor(current, next);
    return next;
  });
  return job && { job, notice };
}

function afterFailure(job: FilingJob, failure: AttemptFailure, now: Date, backoff: BackoffPolicy): FilingJob {
  switch (failure.kind) {
    case 'transient': {
      const attempts = job.attempts + 1;
      const dueAt = new Date(now.getTime() + backoffMs(attempts, backoff, failure.retryAfterMs)).toISOString();
      return { ...job, state: 'pending', attempts, dueAt, delayNotified: true };
    }
    case 'permanent':
      return { ...job, state: 'failed', failure: failure.reason };
    case 'sign-in':
      return { ...job, state: 'waiting-sign-in', signInNotified: true };
  }
}

function noticeFor(before: FilingJob, after: FilingJob): FilingNotice {
  if (after.state === 'failed') return 'failed';
  if (after.state === 'waiting-sign-in') return before.signInNotified ? undefined : 'sign-in';
  return before.delayNotified ? undefined : 'delayed';
}

/**
 * Makes the jobs of a community that wait for a sign-in due again: call it when a facilitator's sign-in is at hand
 * (they opened the tab or signed in to the bot). With `by`, the report is then filed on their behalf. Returns how
 * many woke.
 */
export async function wakeJobsWaitingForSignIn(deps: Deps, communityId: string, by?: FilingRequester): Promise<number> {
  const now = deps.clock.now().toISOString();
  const waiting = (job: FilingJob) => job.state === 'waiting-sign-in' && job.target.communityId === communityId;
  let woken = 0;
  for (const { value } of (await listJobs(deps)).filter((d) => waiting(d.value))) {
    const saved = await updateJob(deps, jobIdOf(value), (current) =>
      current && waiting(current)
        ? { ...current, state: 'pending', dueAt: now, requestedBy: by ?? current.requestedBy, updatedAt: now }
        : undefined,
    );
    if (saved) woken++;
  }
  return woken;
}
