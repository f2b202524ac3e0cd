import { randomUUID } from 'node:crypto';
import type { Deps, Logger } from '../../domain/ports';
import type { Reminder } from '../../domain/schedule/reminder';
import { remindersDue } from '../../domain/schedule/find-due-reminders';
import type { RetryPolicy } from '../../domain/schedule/reminder-claims';
import { claimReminder, DEFAULT_RETRY, markSent, releaseAfterFailure } from '../../domain/schedule/reminder-claims';

/** Sends one reminder (a proactive card or message); throws when it could not. Implemented by the bot. */
export type SendReminder = (reminder: Reminder) => Promise<void>;

export interface SchedulerOptions {
  deps: Deps;
  log: Logger;
  send: SendReminder;
  /** Between ticks; 30 s by default. */
  tickMs?: number;
  /**
   * How long a claim keeps other instances off; longer than the slowest send (429 waits included). 5 min by default.
   */
  leaseMs?: number;
  retry?: RetryPolicy;
  /** This instance's name in claims; random by default. */
  instanceId?: string;
}

export interface TickReport {
  due: number;
  sent: number;
  failed: number;
}

export interface Scheduler {
  /** The catch-up pass that runs at start. */
  readonly firstPass: Promise<TickReport>;
  /**
   * One pass: claims and sends whatever is due now. Waits for a pass that is already running instead of starting
   * another.
   */
  tick(): Promise<TickReport>;
  /** No further ticks; resolves when the running one is done. */
  stop(): Promise<void>;
}

export const DEFAULT_TICK_MS = 30_000;
export const DEFAULT_LEASE_MS = 5 * 60_000;

/**
 * The reminder loop: a first pass at once (catching up after downtime; `dueReminders` leaves out
 * what has gone stale), then one every `tickMs`. Safe with several instances over one store: each
 * reminder is claimed in the store before it is sent. A failed send is logged and retried on a
 * later tick; it never stops the loop.
 */
export function startScheduler(options: SchedulerOptions): Scheduler {
  const { deps, log } = options;
  const tickMs = options.tickMs ?? DEFAULT_TICK_MS;
  const owner = options.instanceId ?? randomUUID();
  let running: Promise<TickReport> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const pass = async (): Promise<TickReport> => {
    const now = deps.clock.now();
    const due = await remindersDue(deps, now);
    const report: TickReport = { due: due.length, sent: 0, failed: 0 };
    for (const reminder of due) {
      if (stopped) break;
      const outcome = await sendOnce(options, owner, reminder);
      if (outcome === 'sent') report.sent++;
      if (outcome === 'failed') report.failed++;
    }
    return report;
  };

  const tick = (): Promise<TickReport> => {
    running ??= pass()
      .catch((error: unknown) => {
        log.error('scheduler: tick failed', { error: errorName(error) });
        return { due: 0, sent: 0, failed: 0 };
      })
      .finally(() => (running = undefined));
    return running;
  };

  const loop = (): Promise<TickReport> => {
    const pass = tick();
    void pass.finally(() => {
      if (!stopped) timer = setTimeout(() => void loop(), tickMs).unref();
    });
    return pass;
  };
  const firstPass = loop();

  return {
    firstPass,
    tick,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

async function sendOnce(
  options: SchedulerOptions,
  owner: string,
  reminder: Reminder,
): Promise<'sent' | 'failed' | 'skipped'> {
  const { deps, log } = options;
  const documents = deps.store.documents;
  const claimed = await claimReminder(documents, reminder.id, owner, {
    now: deps.clock.now(),
    leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
  });
  if (!claimed) return 'skipped';
  const fields = { reminder: reminder.id, kind: reminder.kind, attempt: claimed.claim.attempts };
  try {
    await options.send(reminder);
  } catch (error) {
    const next = await releaseAfterFailure(
      documents,
      claimed,
      deps.clock.now(),
      errorName(error),
      options.retry ?? DEFAULT_RETRY,
    );
    log.warn(next === 'given-up' ? 'scheduler: reminder given up' : 'scheduler: reminder send failed, will retry', {
      ...fields,
      error: errorName(error),
    });
    return 'failed';
  }
  if (!(await markSent(documents, claimed, deps.clock.now())))
    log.warn('scheduler: lease ran out while sending; another instance may send it too', fields);
  else log.info('scheduler: reminder sent', fields);
  return 'sent';
}

/** An error's name and HTTP status, if any: never its message, which may quote what someone typed. */
function errorName(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown';
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' ? `${error.name} ${status}` : error.name;
}
