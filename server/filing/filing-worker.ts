import { randomUUID } from 'node:crypto';
import type {
  BackoffPolicy,
  ClaimedJob,
  FiledLinks,
  FilingJob,
  PermanentReason,
  Recorded,
} from '../../domain/report/filing';
import { claimDueJob, defaultBackoff, recordFailure, recordFiled } from '../../domain/report/filing';
import type { Deps, Logger } from '../../domain/ports';
import { asAttemptFailure } from './filing-error';
import type { RenderReport, ReportFiler } from './report-filer';

/**
 * What the facilitator is told in the channel (the bot posts it). Each is called at most once per transition:
 * `delayed` on the first failed attempt of a request, `filed` on success (the card with the preview and the link),
 * `failedPermanently` when retrying cannot help, `signInNeeded` when delegated filing has no sign-in at hand.
 */
export interface FilingNotifier {
  delayed(job: FilingJob): Promise<void>;
  filed(job: FilingJob, links: FiledLinks): Promise<void>;
  /** `reasonKey` is the i18n key of the message, e.g. `filing.failed.channelName`. */
  failedPermanently(job: FilingJob, reasonKey: `filing.failed.${PermanentReason}`): Promise<void>;
  signInNeeded(job: FilingJob): Promise<void>;
}

export interface FilingWorkerOptions {
  deps: Deps;
  filer: ReportFiler;
  render: RenderReport;
  notify: FilingNotifier;
  log: Logger;
  /** How often the outbox is read when nothing kicked the worker. */
  pollMs?: number;
  /** How long a claimed job stays this worker's; after a crash the job comes back to any worker after this. */
  leaseMs?: number;
  backoff?: BackoffPolicy;
  /** Names this instance in leases and logs. */
  owner?: string;
}

export interface FilingWorker {
  /** Finishes the job at hand, then stops. */
  stop(): Promise<void>;
  /** Look at the outbox now (after an enqueue, or when a sign-in arrived). */
  kick(): void;
}

/**
 * Files the reports in the outbox, one job at a time. All its state is in the store, so a restarted process (or
 * another instance) simply carries on: a job claimed by a process that died comes back when its lease runs out.
 */
export function startFilingWorker(options: FilingWorkerOptions): FilingWorker {
  const { deps, log } = options;
  const pollMs = options.pollMs ?? 5_000;
  const claim = {
    owner: options.owner ?? `filing-${randomUUID().slice(0, 8)}`,
    leaseMs: options.leaseMs ?? 5 * 60_000,
  };
  let stopped = false;
  let wake: (() => void) | undefined;
  let kicked = false;

  const sleep = () =>
    new Promise<void>((resolve) => {
      if (kicked || stopped) return resolve();
      const timer = setTimeout(resolve, pollMs);
      wake = () => (clearTimeout(timer), resolve());
    }).finally(() => ((wake = undefined), (kicked = false)));

  const loop = async () => {
    while (!stopped) {
      const claimed = await claimDueJob(deps, claim).catch(
        (error: unknown) => void log.error('report filing: the outbox could not be read', { error: String(error) }),
      );
      if (claimed) await attempt(options, claimed);
      else await sleep();
    }
  };
  const running = loop();

  return {
    kick: () => ((kicked = true), wake?.()),
    stop: async () => {
      stopped = true;
      wake?.();
      await running;
    },
  };
}

async function attempt(options: FilingWorkerOptions, claimed: ClaimedJob): Promise<void> {
  const { deps, log } = options;
  const fields = {
    sessionId: claimed.job.sessionId,
    document: claimed.job.document.kind,
    communityId: claimed.job.target.communityId,
    filer: options.filer.kind,
  };
  try {
    const report = await options.render(claimed.job.sessionId, claimed.job);
    const links = await options.filer.file(claimed.job, report);
    const recorded = await recordFiled(deps, claimed, links);
    log.info('report filed', { ...fields, recorded: Boolean(recorded) });
    if (recorded) await tell(options, recorded, links);
  } catch (error) {
    const failure = asAttemptFailure(error);
    const recorded = await recordFailure(deps, claimed, failure, options.backoff ?? defaultBackoff).catch(
      (e: unknown) => {
        log.error('report filing: the outcome could not be recorded; the lease will run out and the job comes back', {
          ...fields,
          error: String(e),
        });
        return undefined;
      },
    );
    log.warn('report filing failed', {
      ...fields,
      kind: failure.kind,
      reason: failure.message,
      nextAttempt: recorded?.job.dueAt,
    });
    if (recorded) await tell(options, recorded);
  }
}

/** Tells the facilitator; a failure to post is logged and does not undo the filing. */
async function tell(options: FilingWorkerOptions, { job, notice }: Recorded, links?: FiledLinks): Promise<void> {
  try {
    if (notice === 'filed' && links) await options.notify.filed(job, links);
    else if (notice === 'delayed') await options.notify.delayed(job);
    else if (notice === 'sign-in') await options.notify.signInNeeded(job);
    else if (notice === 'failed' && job.failure)
      await options.notify.failedPermanently(job, `filing.failed.${job.failure}`);
  } catch (error) {
    options.log.error('report filing: the facilitator could not be told', {
      sessionId: job.sessionId,
      notice,
      error: String(error),
    });
  }
}
