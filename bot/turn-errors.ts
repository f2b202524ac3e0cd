import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../domain/ports';
import { isStoreUnavailable } from '../domain/store-unavailable';
import { languageOf, translator } from '../i18n/t';
import { postCard } from './bot-services';
import { noticeCard } from './cards/notice-card';
import { cardResponse } from './invoke-response';
import { storeTroubleCard } from './store-trouble-card';

/** Faults end here: logged once with a reference, answered with a localised message, never the error text. */
export async function onTurnError(context: TurnContext, error: Error, log: Logger): Promise<void> {
  const reference = randomUUID().slice(0, 8);
  log.error('turn failed', { reference, activityType: context.activity.type, error: error.stack ?? error.message });
  const t = translator(languageOf(context.activity.locale, 'nl'));
  const card = isStoreUnavailable(error)
    ? storeTroubleCard(context.activity, error.reason, t)
    : noticeCard(t('errors.unexpected', { reference }), 'Attention');
  try {
    if (context.activity.type === 'invoke') {
      await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: cardResponse(card) } });
    } else {
      await postCard(context, card);
    }
  } catch (sendError) {
    log.error('could not tell the user about the failed turn', { reference, error: String(sendError) });
  }
}
