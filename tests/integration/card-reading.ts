import type { ConnectorCall } from '../fakes/bot-connector';

/** The Adaptive Card content of a Connector call or invoke answer, and its visible text. */
export function cardOf(activity: Record<string, unknown>): Record<string, unknown> {
  const attachments = activity.attachments as { content: Record<string, unknown> }[] | undefined;
  const card = attachments?.[0]?.content;
  if (!card) throw new Error(`no card in ${JSON.stringify(activity).slice(0, 200)}`);
  return card;
}

/** Every text a member would read on the card, in order. */
export function visibleText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'label', 'placeholder']) if (typeof o[key] === 'string') out.push(o[key]);
    Object.values(o).forEach(walk);
  };
  walk(card);
  return out.join('\n');
}

export const textsOf = (calls: ConnectorCall[]): string[] => calls.map((c) => visibleText(cardOf(c.activity)));

/** The card an invoke answered with. */
export function invokeCard(body: unknown): Record<string, unknown> {
  const b = body as { statusCode?: number; type?: string; value?: Record<string, unknown> };
  if (b?.type !== 'application/vnd.microsoft.card.adaptive' || !b.value)
    throw new Error(`not a card answer: ${JSON.stringify(body)}`);
  return b.value;
}

export function sessionIdOf(call: ConnectorCall | undefined): string {
  const card = call ? cardOf(call.activity) : undefined;
  const actions = (card?.actions ?? []) as { data?: { sessionId?: string } }[];
  const id = actions[0]?.data?.sessionId;
  if (!id) throw new Error('no session id on the card');
  return id;
}

export interface CardAction {
  verb: string;
  data: Record<string, unknown>;
}

/**
 * Every Action.Execute on a card, also those inside ActionSets and the refresh; and every button that opens a dialog,
 * under the verb the dialog sends (its data is what `task/fetch` gets).
 */
export function allActions(card: unknown): CardAction[] {
  if (Array.isArray(card)) return card.flatMap(allActions);
  if (!card || typeof card !== 'object') return [];
  const o = card as Record<string, unknown>;
  const data = (o.data ?? {}) as Record<string, unknown>;
  const dialog = o.type === 'Action.Submit' && typeof data.dialog === 'string' ? data.dialog : undefined;
  const verb = o.type === 'Action.Execute' ? String(o.verb) : dialog;
  const own = verb ? [{ verb, data }] : [];
  return [...own, ...Object.values(o).flatMap(allActions)];
}
