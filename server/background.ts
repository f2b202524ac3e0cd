import type { BotServices } from '../bot/bot-services';
import { reportNotifier } from '../bot/reports/report-notifier';
import { reminderSender } from '../bot/schedule/reminder-sender';
import { startScheduler, type Scheduler } from './scheduler/scheduler';
import { createReportFiler, startFilingWorker, type FilingWorker } from './filing';
import type { AppConfig } from './config';
import { reportRenderer } from './report-rendering';
import { startPhaseTimer, type PhaseTimer } from './phase-timer';
import { announceTimedAdvance } from '../bot/phase-announcer';
import { signInWaker } from './filing/sign-in-waker';

export interface BackgroundOptions {
  /** How often the report outbox is read when nothing kicked it; tests shorten it. */
  filingPollMs?: number;
  /** How often the scheduler looks for due reminders; tests drive it with `tick()`. */
  schedulerTickMs?: number;
  /** How often timeboxes are checked; tests drive it with `tick()`. */
  phaseTickMs?: number;
}

export interface Background {
  filing: FilingWorker;
  scheduler: Scheduler;
  phases: PhaseTimer;
  /** A valid SSO token from the tab: in delegated mode the filer files on this facilitator's behalf, waiting reports at once. */
  signedIn(aadObjectId: string, token: string): Promise<void>;
  stop(): Promise<void>;
}

/** The work that runs besides the turns: filing reports from the outbox, reminders when due, phases on their timebox. */
export function startBackground(config: AppConfig, services: BotServices, options: BackgroundOptions = {}): Background {
  const { deps, log } = services;
  const { filer, obo } = createReportFiler(config.filing, { publicUrl: config.publicUrl });
  const filing = startFilingWorker({
    deps,
    filer,
    render: reportRenderer(deps),
    notify: reportNotifier(services),
    log,
    ...(options.filingPollMs ? { pollMs: options.filingPollMs } : {}),
  });
  services.reports = filing;
  const scheduler = startScheduler({
    deps,
    log,
    send: reminderSender(services),
    ...(options.schedulerTickMs ? { tickMs: options.schedulerTickMs } : {}),
  });
  const phases = startPhaseTimer({
    deps,
    log,
    onAdvanced: (session) => announceTimedAdvance(services, session),
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
