/**
 * Dialog buttons in the Agents Playground (0.2.28). A click of an Action.Submit whose data carries
 * `msteams: { type: 'task/fetch' }` throws in its page ("Cannot add property msTeams, object is not
 * extensible") and sends nothing, so the test sends what the click would: a message with the button's data
 * as `value`, from the Playground's current user, through its customActivities endpoint. The bot answers
 * with the dialog's form as a message (bot/dialogs/dialog-fallback.ts), which the UI shows and sends itself.
 */

/** A dialog button the Playground's UI received (over its WebSocket), with the card it is on. */
export interface SeenDialogButton {
  messageId: string;
  conversationId: string;
  data: Record<string, unknown>;
}

/** Collects the dialog buttons of every card the UI receives; pass `record` to openPlaygroundBrowser. */
export function dialogButtons(): { record: (message: string) => void; find: (verb: string) => SeenDialogButton } {
  const seen: SeenDialogButton[] = [];
  const record = (message: string) => {
    const parsed = safeJson(message) as
      | { actionConversationId?: string; message?: { messageId?: string; attachments?: { content?: unknown }[] } }
      | undefined;
    const messageId = parsed?.message?.messageId;
    if (!messageId) return;
    for (const data of buttonData(parsed.message?.attachments ?? []))
      seen.push({ messageId, conversationId: parsed.actionConversationId ?? '', data });
  };
  const find = (verb: string) => {
    const hit = seen.filter((b) => b.data.dialog === verb).at(-1);
    if (!hit) throw new Error(`the Playground received no card with a button opening the ${verb} dialog`);
    return hit;
  };
  return { record, find };
}

function buttonData(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(buttonData);
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const data = o.data as { msteams?: { type?: string } } | undefined;
  const own = o.type === 'Action.Submit' && data?.msteams?.type === 'task/fetch' ? [data] : [];
  return [...own, ...Object.values(o).flatMap(buttonData)];
}

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** Sends the message a click of `button` by the Playground's current user would send. */
export async function clickDialogButton(playgroundUrl: string, button: SeenDialogButton): Promise<void> {
  const config = (await (await fetch(`${playgroundUrl}/_internal/v1/config`)).json()) as {
    config: { tenantId: string; teams: { id: string; channels: { id: string }[] }[] };
  };
  const query = `conversationId=${encodeURIComponent(button.conversationId)}`;
  const template = (await (await fetch(`${playgroundUrl}/_internal/v1/customActivities/template?${query}`)).json()) as {
    conversation: { id: string };
    timestamp: string;
  };
  const channelId = template.conversation.id.split(';')[0]!;
  const team = config.config.teams.find((t) => t.channels.some((c) => c.id === channelId));
  const activity = {
    ...template,
    type: 'message',
    localTimestamp: template.timestamp,
    channelData: {
      tenant: { id: config.config.tenantId },
      ...(team ? { team: { id: team.id }, channel: { id: channelId } } : {}),
    },
    replyToId: button.messageId,
    value: button.data,
    locale: 'en-US',
  };
  const response = await fetch(`${playgroundUrl}/_internal/v1/customActivities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  if (response.status !== 200) throw new Error(`customActivities answered ${response.status}`);
}
