import type { Activity, CloudAdapter, ConversationParameters, ConversationReference, TurnContext } from 'botbuilder';
import { postCard, usePacer } from './bot-services';
import type { AdaptiveCard } from './cards/card-kit';
import type { ThreadPacer } from './thread-pacer';

/** Posting outside a member's turn (reports, reminders): through the same per-thread pacer as everything else. */
export interface Proactive {
  post(reference: Partial<ConversationReference>, card: AdaptiveCard): Promise<void>;
  /** Runs `logic` in a turn of that conversation (paced), e.g. to post a phase card that is remembered. */
  continue(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
  /** Posts in the 1:1 chat of the bot with `userId` (Teams opens it, or finds it); throws when Teams refuses. */
  postPersonal(from: Activity, userId: string, card: AdaptiveCard): Promise<void>;
}

export function proactiveVia(adapter: CloudAdapter, appId: string, pacer: ThreadPacer): Proactive {
  const run = (reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) =>
    adapter.continueConversationAsync(appId, reference, async (context) => {
      usePacer(context, pacer);
      await logic(context);
    });
  return {
    post: (reference, card) => run(reference, async (context) => void (await postCard(context, card))),
    continue: run,
    postPersonal: (from, userId, card) => {
      const tenantId = from.conversation.tenantId ?? '';
      const params = {
        isGroup: false,
        bot: from.recipient,
        members: [{ id: userId }],
        tenantId,
        channelData: { tenant: { id: tenantId } },
      } as ConversationParameters;
      return adapter.createConversationAsync(appId, from.channelId, from.serviceUrl, '', params, async (context) => {
        usePacer(context, pacer);
        await postCard(context, card);
      });
    },
  };
}
