import type { TaskModuleTaskInfo } from 'botbuilder';
import type { Translate } from '../../i18n/t';
import { adaptiveCard, notice, text, type AdaptiveCard, type CardElement } from '../cards/card-kit';
import { dialogSubmit } from '../cards/dialog-button';

/** Why a submit was not taken: a domain error, or the store's trouble (`errors.store.*`). */
export interface Refusal {
  code: string;
  params?: Record<string, string | number>;
}

export interface DialogCardView {
  /** The card verb the dialog's button sends, so the card's own handler takes it. */
  verb: string;
  fields: CardElement[];
  /** The card's ids (session, phase, token, post-it…) the button sends back beside the inputs. */
  carried: Record<string, unknown>;
  submitKey: string;
  refusal?: Refusal;
}

/**
 * Only input errors can be put right in the dialog (and a busy store tried again); after anything else (the session
 * ended, the post-it was withdrawn) the dialog keeps the text to copy, without a button that cannot succeed.
 */
const canRetry = (refusal: Refusal | undefined): boolean =>
  !refusal || refusal.code.startsWith('errors.input.') || refusal.code.startsWith('errors.store.');

export function dialogBody(view: DialogCardView, t: Translate): AdaptiveCard {
  const body: CardElement[] = [];
  if (view.refusal) body.push(notice(t(view.refusal.code, view.refusal.params), 'Attention'));
  if (!canRetry(view.refusal)) body.push(text(t('dialog.keepText'), { subtle: true }));
  body.push(...view.fields);
  const actions = canRetry(view.refusal) ? [dialogSubmit(t(view.submitKey), view.verb, view.carried)] : [];
  return adaptiveCard(body, actions);
}

/** The dialog's card as Teams wants it in a `continue` answer. */
export const dialogCard = (view: DialogCardView, t: Translate): TaskModuleTaskInfo['card'] => ({
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: dialogBody(view, t),
});
