import { collection } from '../../collection';
import type { Language } from '../../community/community';

/**
 * The store collection that holds the outbox: one document per thing filed. A session report's id is its session's
 * id; a year portfolio's is `year-portfolio:<community id>:<school year>` (`jobIdOf`).
 */
export const FILING_COLLECTION = 'report-filing';

/**
 * Where a report goes. `graphTeamId` is the team's Entra group id (in Teams `channelData.team.aadGroupId`; in a shared
 * or private channel the host team's group id), `channelId` the channel's thread id (`19:…@thread.tacv2`).
 * A group chat has no team (`graphTeamId` null): its report can only be filed locally.
 */
export interface FilingTarget {
  communityId: string;
  graphTeamId: string | null;
  channelId: string;
  language: Language;
}

/** Who asked for the report: in delegated mode the files are written on their behalf. Nothing secret is kept. */
export interface FilingRequester {
  userId: string;
  aadObjectId?: string;
}

/** Links to the filed report, for the card in the channel. */
export interface FiledLinks {
  pdfUrl: string;
  pngUrl: string;
  /** The folder that holds the reports. */
  webUrl: string;
}

/** Why a job stopped for good; each is an i18n key under `filing.failed`. */
export type PermanentReason = 'channelName' | 'permissions' | 'notAChannel' | 'sessionGone';

/**
 * `pending`: to be filed when due. `waiting-sign-in`: delegated mode has nobody's sign-in at hand; it waits until a
 * facilitator signs in again (opens the tab, types /report). `filed` and `failed` are final until /report re-files.
 */
export type FilingState = 'pending' | 'waiting-sign-in' | 'filed' | 'failed';

/** A claim on a job, so one worker at a time files it; it runs out at `until`, so a crashed worker's job comes back. */
export interface Lease {
  owner: string;
  token: string;
  until: string;
}

/**
 * What a job files: a session's report, or the year portfolio of the community's school year (`2026-2027`). Jobs
 * stored before the portfolio existed have no `document`: they read back as session reports.
 */
export type FiledDocument = { kind: 'session-report' } | { kind: 'year-portfolio'; schoolYear: string };

export interface FilingJob {
  document: FiledDocument;
  /** The session whose report this is; for a year portfolio, the session of the year it was asked after. */
  sessionId: string;
  target: FilingTarget;
  requestedBy?: FilingRequester;
  state: FilingState;
  /** Counts requests (/report, end of session); a request that arrives while a job is being filed files it again. */
  requests: number;
  /** The request number the current lease is filing. */
  filingRequest?: number;
  /** Failed attempts since the last request. */
  attempts: number;
  dueAt: string;
  lease?: Lease;
  /** The facilitator was told that filing is delayed (once per request) or that a sign-in is needed. */
  delayNotified: boolean;
  signInNotified: boolean;
  lastError?: { at: string; message: string };
  filed?: FiledLinks & { at: string };
  failure?: PermanentReason;
  createdAt: string;
  updatedAt: string;
}

export const filingJobs = collection<FilingJob>(FILING_COLLECTION, (raw) => ({
  document: { kind: 'session-report' },
  ...(raw as Omit<FilingJob, 'document'>),
}));

/** The ids of a community's year portfolio jobs start with this. */
export const yearPortfolioJobPrefix = (communityId: string): string => `year-portfolio:${communityId}:`;

export const yearPortfolioJobId = (communityId: string, schoolYear: string): string =>
  `${yearPortfolioJobPrefix(communityId)}${schoolYear}`;

/** The id of the job's document in the outbox. */
export const jobIdOf = (job: Pick<FilingJob, 'document' | 'sessionId' | 'target'>): string =>
  job.document.kind === 'year-portfolio'
    ? yearPortfolioJobId(job.target.communityId, job.document.schoolYear)
    : job.sessionId;

/** A job claimed by one worker: pass it back when recording the outcome. */
export interface ClaimedJob {
  job: FilingJob;
  leaseToken: string;
}
