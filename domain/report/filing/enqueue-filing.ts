import type { Deps } from '../../ports';
import type { FilingJob, FilingRequester, FilingTarget } from './filing-job';
import { omit, updateJob } from './job-store';

export interface FilingRequest {
  sessionId: string;
  target: FilingTarget;
  requestedBy?: FilingRequester;
}

/**
 * Puts a session's report in the outbox, due now. One job per session: asking again (/report, or ending the session
 * after a /report) makes the same job due again, which files the report anew and replaces its files. A request that
 * arrives while a worker is filing the job is not lost: the job is filed once more after that attempt.
 */
export async function enqueueFiling(deps: Deps, request: FilingRequest): Promise<FilingJob> {
  const now = deps.clock.now().toISOString();
  const job = await updateJob(deps, request.sessionId, (current) =>
    current ? again(current, request, now) : fresh(request, now),
  );
  return job as FilingJob;
}

function fresh(request: FilingRequest, now: string): FilingJob {
  return {
    sessionId: request.sessionId,
    target: request.target,
    ...(request.requestedBy ? { requestedBy: request.requestedBy } : {}),
    state: 'pending',
    requests: 1,
    attempts: 0,
    dueAt: now,
    delayNotified: false,
    signInNotified: false,
    createdAt: now,
    updatedAt: now,
  };
}

function again(current: FilingJob, request: FilingRequest, now: string): FilingJob {
  return {
    ...omit(current, 'failure', 'lastError'),
    target: request.target,
    requestedBy: request.requestedBy ?? current.requestedBy,
    state: 'pending',
    requests: current.requests + 1,
    attempts: 0,
    dueAt: now,
    delayNotified: false,
    signInNotified: false,
    updatedAt: now,
  };
}
