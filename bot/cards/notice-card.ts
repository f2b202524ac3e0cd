import type { Translate } from '../../i18n/t';
import { adaptiveCard, container, notice, text, type AdaptiveCard, type CardElement } from './card-kit';

/** A short answer; `handedBack` shows what the person typed, so nothing they wrote is lost. */
export function noticeCard(
  message: string,
  color: 'Good' | 'Warning' | 'Attention',
  handedBack?: string,
  t?: Translate,
): AdaptiveCard {
  const body: CardElement[] = [notice(message, color)];
  if (handedBack !== undefined && handedBack !== '') body.push(handedBackBlock(handedBack, t));
  return adaptiveCard(body);
}

/** What a member typed and could not be taken, shown back to them to copy ("You wrote:"). */
export const handedBackBlock = (handedBack: string, t?: Translate): CardElement =>
  container([...(t ? [text(t('notice.youWrote'), { subtle: true })] : []), text(handedBack)], {
    spacing: 'Medium',
    separator: true,
  });
