import { TurnContext, type Activity } from 'botbuilder';
import type { StoreTrouble } from '../domain/store-unavailable';
import type { Translate } from '../i18n/t';
import type { AdaptiveCard } from './cards/card-kit';
import { noticeCard } from './cards/notice-card';

/** The store could not take the turn: say so, and hand back what the member typed so they can send it again. */
export function storeTroubleCard(activity: Activity, reason: StoreTrouble, t: Translate): AdaptiveCard {
  const message = t(reason === 'busy' ? 'errors.store.busy' : 'errors.store.failing');
  return noticeCard(message, 'Warning', typedIn(activity), t);
}

/** A card's bookkeeping (which session, card, post-it, …), not something the member typed. */
const BOOKKEEPING = new Set([
  'sessionId',
  'phaseIndex',
  'cardVersion',
  'token',
  'verb',
  'dialog',
  'anonymous',
  'surveyId',
]);
/** Choice sets send a token (a mood, a colour, a number, a member's id): nothing to hand back. */
const CHOICES = /^(mood|colour|category|rating|score|owner|due|likert_|dots_|rank_)/;

/** The text of a message, or the free-text inputs of a card's Action.Execute, one per paragraph. */
export function typedIn(activity: Activity): string {
  if (activity.type === 'message') return (TurnContext.removeRecipientMention(activity) ?? activity.text ?? '').trim();
  const value = activity.value as { action?: { data?: unknown }; data?: unknown } | undefined;
  const data = value?.action?.data ?? value?.data;
  if (!data || typeof data !== 'object') return '';
  return Object.entries(data as Record<string, unknown>)
    .filter(([key]) => !BOOKKEEPING.has(key) && !key.endsWith('Id') && !CHOICES.test(key))
    .map(([, v]) => (typeof v === 'string' ? v.trim() : ''))
    .filter((v) => v !== '')
    .join('\n\n');
}
