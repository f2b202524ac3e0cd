import type { Bot } from '../bot/create-bot';
import type { Deps, Logger } from '../domain/ports';
import { startScheduler, type Scheduler } from './scheduler/scheduler';
import { createReportFiler, startFilingWorker, type FilingWorker } from './filing';
import type { AppConfig } from './config';
import { reportRenderer } from './report-rendering';
import { startPhaseTimer, type PhaseTimer } from './phase-timer';
import { signInWaker } from './filing/sign-in-waker';

export interface BackgroundOptions {
  /** How often the report outbox is read when nothing kicked it; tests shorten it. */
  filingPollMs?: number;
  /** How often the scheduler looks for due reminders; tests drive it with `tick()`. */
  schedulerTickMs?: number;
  /** How often timeboxes are checked; tests drive it with `tick()`. */
  phaseTickMs?: number;
}

/** What the background works with: the store and clock, the log, and the bot's senders. */
export interface BackgroundWiring {
  deps: Deps;
  log: Logger;
  bot: Pick<Bot, 'notifyReport' | 'sendReminder' | 'announceAdvance'>;
}

export interface Background {
  filing: FilingWorker;
  scheduler: Scheduler;
  phases: PhaseTimer;
  /**
   * A valid SSO token from the tab: in delegated mode the filer files on this facilitator's behalf,
   * waiting reports at once.
   */
  signedIn(aadObjectId: string, token: string): Promise<void>;
  stop(): Promise<void>;
}

/** The work besides the turns: filing reports from the outbox, reminders when due, phases on their timebox. */
export function startBackground(
  config: AppConfig,
  { deps, log, bot }: BackgroundWiring,
  options: BackgroundOptions = {},
): Background {
  const { filer, obo } = createReportFiler(config.filing, { publicUrl: config.publicUrl });
  const filing = startFilingWorker({
    deps,
    filer,
    render: reportRenderer(deps),
    notify: bot.notifyReport,
    log,
    ...(options.filingPollMs ? { pollMs: options.filingPollMs } : {}),
  });
  const scheduler = startScheduler({
    deps,
    log,
    send: (reminder) => bot.sendReminder(reminder),
    ...(options.schedulerTickMs ? { tickMs: options.schedulerTickMs } : {}),
  });
  const phases = startPhaseTimer({
    deps,
    log,
    onAdvanced: (session) => bot.announceAdvance(session),
    ...(options.phaseTickMs ? { tickMs: options.phaseTickMs } : {}),
  });
  return {
    filing,
    scheduler,
    phases,
    signedIn: obo
      ? signInWaker(
          deps,
          (oid, token) => obo.remember(oid, token),
          () => filing.kick(),
          log,
        )
      : () => Promise.resolve(),
    stop: async () => {
      await Promise.all([filing.stop(), scheduler.stop(), phases.stop()]);
    },
  };
}
