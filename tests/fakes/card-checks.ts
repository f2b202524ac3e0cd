import * as AC from 'adaptivecards';
import type { AdaptiveCard } from '../../bot/cards/card-kit';

/** What the official `adaptivecards` library reports when it parses and validates the card. */
export function parseErrors(card: AdaptiveCard): string[] {
  const context = new AC.SerializationContext();
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  const events = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  return [...events, ...parsed.validateProperties().validationEvents.map((e) => e.message)];
}

/** A Teams mention needs a TextBlock; its name is cleaned of markdown (bot/cards/reminder-cards.ts). */
const MENTION_ONLY = /^<at>[^<>*_[\]()#\\`~]*<\/at>$/;

/** Every string a TextBlock would render as markdown (user text must never be among them), bar a lone mention. */
export function markdownTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(markdownTexts);
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const own = o.type === 'TextBlock' && typeof o.text === 'string' && !MENTION_ONLY.test(o.text) ? [o.text] : [];
  return [...own, ...Object.values(o).flatMap(markdownTexts)];
}
