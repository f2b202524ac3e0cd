import { CardFactory, MessageFactory, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { Deps } from '../domain/ports';
import type { AdaptiveCard } from './cards/card-kit';
import type { Logger } from '../domain/ports';
import type { SharedCardUpdater } from './shared-card-updater';
import type { Proactive } from './proactive';
import { threadKeyOf, type ThreadPacer } from './thread-pacer';

/** What the bot's handlers need besides the turn. */
export interface BotServices {
  deps: Deps;
  updater: SharedCardUpdater;
  log: Logger;
  /** Paces every outbound Connector call per thread (Teams' rate limits). */
  pacer: ThreadPacer;
  /** Posting outside a turn (reports, reminders). */
  proactive: Proactive;
  /** Wakes the report filer after a report was asked for. */
  reports: { kick(): void };
  /** The server's public URL, for links on cards (calendar files, local reports). */
  publicUrl: string;
  /** The Teams app's id (the manifest's), for deep links to the tab; absent in local mode. */
  teamsAppId?: string;
}

/** Where a shared card was posted, so it can be updated later, after a restart too. */
export interface PostedCard {
  activityId: string;
  reference: Partial<ConversationReference>;
}

const pacerKey = Symbol('leerkring.threadPacer');

/** Makes `postCard` in this turn go through `pacer`; create-bot.ts does this for every turn. */
export function usePacer(context: TurnContext, pacer: ThreadPacer): void {
  context.turnState.set(pacerKey, pacer);
}

/**
 * Posts a card in the turn's conversation, paced per thread when the turn has a pacer (see `usePacer`).
 * An invoke's answer is not posted this way: it rides on the HTTP response, so it is never paced.
 */
export const postCard = (context: TurnContext, card: AdaptiveCard): Promise<string | undefined> =>
  sendPaced(context, MessageFactory.attachment(CardFactory.adaptiveCard(card)));

/** Posts one line of plain text (no markdown) in the turn's conversation, paced like `postCard`. */
export const postLine = (context: TurnContext, line: string): Promise<string | undefined> =>
  sendPaced(context, { ...MessageFactory.text(line), textFormat: 'plain' });

async function sendPaced(context: TurnContext, activity: Partial<Activity>): Promise<string | undefined> {
  const pacer = context.turnState.get<ThreadPacer | undefined>(pacerKey);
  const send = () => context.sendActivity(activity);
  const sent = pacer ? await pacer.run(threadKeyOf(context.activity.conversation?.id ?? ''), send) : await send();
  return sent?.id;
}

/** Posts a card and remembers where, under `key`. */
export async function postSharedCard(
  services: BotServices,
  context: TurnContext,
  key: string,
  card: AdaptiveCard,
): Promise<void> {
  const activityId = await postCard(context, card);
  if (!activityId) return;
  const posted: PostedCard = { activityId, reference: TurnContext.getConversationReference(context.activity) };
  await services.deps.store.keyValues.put(key, posted);
}

export const checkInCardKey = (sessionId: string): string => `card:check-in:${sessionId}`;
