import type { Activity } from 'botbuilder';
import type { Deps, Logger } from '../domain/ports';
import type { Reminder } from '../domain/schedule/reminder';
import type { Session } from '../domain/session/session';
import { botAuthentication, type BotIdentity } from './bot-auth';
import { usePacer, type BotServices } from './bot-services';
import { EdgeAdapter, type PostedActivity, type TurnOutcome } from './edge-adapter';
import { LeerkringBot } from './leerkring-bot';
import { announceTimedAdvance } from './phase-announcer';
import { proactiveVia } from './proactive';
import { reportNotifier } from './reports/report-notifier';
import { reminderSender } from './schedule/reminder-sender';
import { SharedCardUpdater } from './shared-card-updater';
import { tabChangeToChannel, type SessionChange } from './tab-steering';
import { ThreadPacer, type PacerOptions } from './thread-pacer';
import { onTurnError } from './turn-errors';
import { clientWithoutDialogs } from './dialogs/client-without-dialogs';

// The one way into bot/ (decision 0001): the server imports this file only, its types included.
export type { BotIdentity, PacerOptions, PostedActivity, SessionChange, TurnOutcome };
// Local mode only: the sample colleagues' clicks (npm run members, the local tab's button).
export { planSampleMembers, type SampleInvoke, type SamplePlan } from './sample-members/plan-sample-members';

export interface BotOptions {
  deps: Deps;
  log: Logger;
  /** The bot's app registration; absent in local mode, where botbuilder accepts unauthenticated requests. */
  identity?: BotIdentity;
  /** Where the Bot Connector's signing keys are published; tests use a stand-in. */
  openIdMetadataUrl: string;
  /** The server's public URL, for links on cards. */
  publicUrl: string;
  /** The Teams app's id, for deep links to the tab (cloud mode). */
  teamsAppId?: string;
  /** How often a shared card may be updated, at most; tests shorten it. */
  cardUpdateIntervalMs?: number;
  /** Overrides for the per-thread pacer of outbound calls (its limits are Teams'); tests inject clocks. */
  pacer?: PacerOptions;
  /** The Agents Playground shows no dialogs: dialog buttons go out as plain submits (local mode only). */
  clientWithoutDialogs?: boolean;
  /** The report filer once it runs (it starts after the bot): woken when a report is asked for. */
  reports?: () => { kick(): void } | undefined;
}

/** What the server needs of the bot: its turns, the tab's steering, the background's senders and shutdown. */
export interface Bot {
  /** POST /api/messages: botbuilder's authentication and, when it passes, the turn. */
  turn(activity: PostedActivity, authorization: string): Promise<TurnOutcome>;
  /** A facilitator steered from the tab: the channel's cards follow. */
  onSessionChange(change: SessionChange): Promise<void>;
  /** The filing worker's notices in the channel. */
  notifyReport: ReturnType<typeof reportNotifier>;
  /** The scheduler's send port; throws when the reminder cannot be posted yet. */
  sendReminder(reminder: Reminder): Promise<void>;
  /** A phase moved on by its timebox. */
  announceAdvance(session: Session): Promise<void>;
  /** Sends the pending shared-card updates now (at shutdown; tests wait for them). */
  flush(): Promise<void>;
}

/** Builds the bot and everything it posts through, in order: auth, adapter, pacer, card updater, services. */
export function createBot(options: BotOptions): Bot {
  const { deps, log } = options;
  const appId = options.identity?.appId ?? '';
  const adapter = new EdgeAdapter(botAuthentication(options.identity, options.openIdMetadataUrl));
  adapter.onTurnError = (context, error) => onTurnError(context, error, log);
  if (options.clientWithoutDialogs) adapter.use(clientWithoutDialogs);
  const pacer = new ThreadPacer({
    onRetry: ({ key, attempt, status, waitMs }) =>
      log.warn('connector call retried', { thread: key, attempt, status, waitMs }),
    ...options.pacer,
  });
  const updater = new SharedCardUpdater(adapter, appId, log, pacer, options.cardUpdateIntervalMs);
  const services: BotServices = {
    deps,
    updater,
    log,
    pacer,
    proactive: proactiveVia(adapter, appId, pacer),
    reports: { kick: () => options.reports?.()?.kick() },
    publicUrl: options.publicUrl,
    ...(options.teamsAppId ? { teamsAppId: options.teamsAppId } : {}),
  };
  const bot = new LeerkringBot(services);
  return {
    turn: (activity, authorization) =>
      adapter.handle(activity as Activity, authorization, (context) => {
        usePacer(context, pacer);
        return bot.run(context);
      }),
    onSessionChange: (change) => tabChangeToChannel(services, change),
    notifyReport: reportNotifier(services),
    sendReminder: reminderSender(services),
    announceAdvance: (session) => announceTimedAdvance(services, session),
    flush: () => updater.flush(),
  };
}
