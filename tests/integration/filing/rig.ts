import type { AccessToken, TokenCredential } from '@azure/identity';
import { enqueueFiling, type FiledLinks, type FilingJob, type FilingRequest } from '../../../domain/report/filing';
import type { Deps, Logger } from '../../../domain/ports';
import { startFilingWorker, type FilingNotifier, type FilingWorker } from '../../../server/filing/filing-worker';
import type { RenderedReport, RenderReport, ReportFiler } from '../../../server/filing/report-filer';
import { defaultUploadRetry, type UploadRetryOptions } from '../../../server/filing/upload-retry';
import { openSqliteStore } from '../../../server/storage/sqlite/sqlite-store';
import type { FakeChannel } from '../../fakes/graph-server';

/** A notice the worker gave the facilitator, as the bot would post it. */
export type Notice =
  | { kind: 'filed'; sessionId: string; links: FiledLinks }
  | { kind: 'delayed'; sessionId: string }
  | { kind: 'failed'; sessionId: string; reasonKey: string }
  | { kind: 'sign-in'; sessionId: string };

export const channels = {
  standard: {
    teamId: 'group-anatomie',
    channelId: '19:bijeenkomsten@thread.tacv2',
    displayName: 'Bijeenkomsten',
    membershipType: 'standard',
  },
  private: {
    teamId: 'group-anatomie',
    channelId: '19:kern@thread.tacv2',
    displayName: 'Kerngroep',
    membershipType: 'private',
  },
  special: {
    teamId: 'group-anatomie',
    channelId: '19:vragen@thread.tacv2',
    displayName: 'Vragen & antwoorden',
    membershipType: 'standard',
  },
} satisfies Record<string, FakeChannel>;

/** Bytes that differ per session and per filing, so a test can tell which version of a report is in the drive. */
export function reportOf(
  sessionId: string,
  pdfBytes = 20_000,
  version = 1,
  language: 'nl' | 'en' = 'nl',
): RenderedReport {
  const fill = (size: number, seed: string) => Buffer.alloc(size, `${seed}:${sessionId}:v${version};`);
  return {
    fileBase: `2026-11-22 Bijeenkomst ${sessionId.replace(/\D/g, '') || 1}`,
    pdf: fill(pdfBytes, 'pdf'),
    png: fill(7_000, 'png'),
    language,
  };
}

export const fakeCredential = (token: string): TokenCredential & { calls: number } => {
  const credential = {
    calls: 0,
    getToken: (): Promise<AccessToken> => (
      credential.calls++,
      Promise.resolve({ token, expiresOnTimestamp: Date.now() + 3_600_000 })
    ),
  };
  return credential;
};

export const quietLog = (): Logger & { lines: string[] } => {
  const lines: string[] = [];
  const write = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    void lines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  return { lines, info: write('info'), warn: write('warn'), error: write('error') };
};

/** Upload retries that wait no real time but remember how long they were asked to wait. */
export function recordingRetry(): UploadRetryOptions & { waits: number[] } {
  const waits: number[] = [];
  return { ...defaultUploadRetry, backoffMs: () => 5, sleep: (ms) => (waits.push(ms), Promise.resolve()), waits };
}

export interface Rig {
  deps: Deps;
  notices: Notice[];
  worker: FilingWorker;
  log: ReturnType<typeof quietLog>;
  /** Moves the clock the outbox sees (not the timers) forward. */
  advance(ms: number): void;
  enqueue(request: FilingRequest): Promise<FilingJob>;
  waitFor(predicate: () => boolean, what: string): Promise<void>;
  stop(): Promise<void>;
}

export function startRig(options: {
  filer: ReportFiler;
  /** Fakes by default; the server's renderer to file real reports and portfolios. */
  render?: RenderReport;
  dbFile?: string;
}): Rig {
  let offset = 0;
  const deps: Deps = {
    store: openSqliteStore(options.dbFile ?? ':memory:'),
    clock: { now: () => new Date(Date.now() + offset) },
    ids: idGenerator(),
  };
  const notices: Notice[] = [];
  const notify: FilingNotifier = {
    filed: (job, links) => (notices.push({ kind: 'filed', sessionId: job.sessionId, links }), Promise.resolve()),
    delayed: (job) => (notices.push({ kind: 'delayed', sessionId: job.sessionId }), Promise.resolve()),
    failedPermanently: (job, reasonKey) => (
      notices.push({ kind: 'failed', sessionId: job.sessionId, reasonKey }),
      Promise.resolve()
    ),
    signInNeeded: (job) => (notices.push({ kind: 'sign-in', sessionId: job.sessionId }), Promise.resolve()),
  };
  const log = quietLog();
  const render = options.render ?? ((sessionId: string) => Promise.resolve(reportOf(sessionId)));
  const worker = startFilingWorker({
    deps,
    filer: options.filer,
    render,
    notify,
    log,
    pollMs: 20,
    backoff: { baseMs: 40, capMs: 200, random: () => 0.5 },
  });
  return {
    deps,
    notices,
    worker,
    log,
    advance: (ms) => void (offset += ms),
    enqueue: async (request) => {
      const job = await enqueueFiling(deps, request);
      worker.kick();
      return job;
    },
    waitFor: (predicate, what) => waitFor(predicate, what),
    stop: async () => {
      await worker.stop();
      await deps.store.close();
    },
  };
}

/** Waits (by polling, at most 20 s) until the predicate holds. */
export async function waitFor(predicate: () => boolean, what: string): Promise<void> {
  for (const started = Date.now(); !predicate();) {
    if (Date.now() - started > 20_000) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function idGenerator() {
  let n = 0;
  return { next: () => `lease-${++n}` };
}

export const requestFor = (
  sessionId: string,
  channel: FakeChannel,
  extra: Partial<FilingRequest> = {},
): FilingRequest => ({
  sessionId,
  target: { communityId: 'community-1', graphTeamId: channel.teamId, channelId: channel.channelId, language: 'nl' },
  requestedBy: { userId: '29:griet', aadObjectId: 'aad-griet' },
  ...extra,
});
