import { adaptiveCard, notice, text, type AdaptiveCard, type CardElement } from './card-kit';

/** A short answer; `handedBack` shows what the person typed, so nothing they wrote is lost. */
export function noticeCard(message: string, color: 'Good' | 'Warning' | 'Attention', handedBack?: string): AdaptiveCard {
  const body: CardElement[] = [notice(message, color)];
  if (handedBack !== undefined && handedBack !== '') body.push(text(handedBack, { separator: true }));
  return adaptiveCard(body);
}
