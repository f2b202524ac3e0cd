import type { Deps } from '../../ports';
import { jobIdOf, type FiledDocument, type FilingJob, type FilingRequester, type FilingTarget } from './filing-job';
import { omit, updateJob } from './job-store';

export interface FilingRequest {
  /** A session report unless said otherwise. */
  document?: FiledDocument;
  sessionId: string;
  target: FilingTarget;
  requestedBy?: FilingRequester;
}

/**
 * Puts a session's report (or the year portfolio) in the outbox, due now. One job per session (per community and
 * school year for the portfolio): asking again (/report, or ending the session after a /report) makes the same job
 * due again, which files it anew and replaces its files. A request that arrives while a worker is filing the job is
 * not lost: the job is filed once more after that attempt.
 */
export async function enqueueFiling(deps: Deps, request: FilingRequest): Promise<FilingJob> {
  const now = deps.clock.now().toISOString();
  const document: FiledDocument = request.document ?? { kind: 'session-report' };
  const job = await updateJob(deps, jobIdOf({ ...request, document }), (current) =>
    current ? again(current, request, now) : fresh({ ...request, document }, now),
  );
  return job as FilingJob;
}

function fresh(request: FilingRequest & { document: FiledDocument }, now: string): FilingJob {
  return {
    document: request.document,
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
    sessionId: request.sessionId,
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
