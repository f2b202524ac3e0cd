export * from './filing-job';
export { backoffMs, defaultBackoff, type BackoffPolicy } from './backoff';
export { enqueueFiling, type FilingRequest } from './enqueue-filing';
export { claimDueJob, nextDueAt, type ClaimOptions } from './claim-filing';
export {
  recordFiled,
  recordFailure,
  wakeJobsWaitingForSignIn,
  type AttemptFailure,
  type FilingNotice,
  type Recorded,
} from './finish-filing';
export { readJob as getFilingJob } from './job-store';
export { wakeJobsForSignIn } from './wake-on-sign-in';
