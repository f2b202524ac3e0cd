import { randomUUID } from 'node:crypto';
import type { TaskModuleResponse } from 'botbuilder';
import { isStoreUnavailable } from '../../domain/store-unavailable';
import { translator } from '../../i18n/t';
import { field } from '../activities/card-target';
import type { BotServices } from '../bot-services';
import { CARD_ACTION_ROUTES } from '../card-action-routes';
import { cardBelongsHere } from '../card-owner';
import type { CardData } from '../check-in-actions';
import { refusalOf } from '../invoke-response';
import type { TurnInfo } from '../turn-info';
import { dialogCard, type Refusal } from './dialog-card';
import { DIALOG_FORMS, type Values } from './dialog-forms';

/** Teams asks for the dialog a card's button opens (`task/fetch`): the form, filled with what is saved. */
export async function fetchDialog(services: BotServices, turn: TurnInfo, data: CardData): Promise<TaskModuleResponse> {
  const refused = await refuseElsewhere(services, turn, data);
  if (refused) return refused;
  // A fresh token per dialog: the same dialog sent twice (a double click) adds one post-it or action.
  return open(services, turn, { ...data, token: field(data, 'token') || randomUUID() }, 'saved');
}

/**
 * The dialog was sent (`task/submit`): the very handler of the card's verb takes it. Taken: the dialog closes with a
 * short line (the shared card is updated for everyone by the handler). Refused: it stays open with the message and
 * every value the member typed.
 */
export async function submitDialog(services: BotServices, turn: TurnInfo, data: CardData): Promise<TaskModuleResponse> {
  const refused = await refuseElsewhere(services, turn, data);
  if (refused) return refused;
  const verb = field(data, 'dialog');
  const handler = CARD_ACTION_ROUTES[verb];
  if (!handler || !DIALOG_FORMS.has(verb)) return closeWith(translator(turn.lang)('dialog.unknown'));
  let refusal: Refusal | undefined;
  try {
    refusal = refusalOf(await handler(services, turn, data));
  } catch (error) {
    if (!isStoreUnavailable(error)) throw error;
    refusal = { code: error.reason === 'busy' ? 'errors.store.busy' : 'errors.store.failing' };
  }
  if (!refusal) return closeWith(translator(turn.lang)(`dialog.done.${verb}`));
  return open(services, turn, data, 'typed', refusal);
}

async function refuseElsewhere(
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
): Promise<TaskModuleResponse | undefined> {
  if (await cardBelongsHere(services.deps, turn, data)) return undefined;
  services.log.warn('a dialog from another conversation was refused', {
    verb: field(data, 'dialog'),
    scope: turn.scope,
  });
  return closeWith(translator(turn.lang)('errors.session.otherCommunity'));
}

async function open(
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
  values: Values,
  refusal?: Refusal,
): Promise<TaskModuleResponse> {
  const t = translator(turn.lang);
  const verb = field(data, 'dialog');
  const form = DIALOG_FORMS.get(verb);
  const session = await services.deps.store.sessions.get(field(data, 'sessionId'));
  if (!form || !session) return closeWith(t(refusal?.code ?? 'errors.session.unknown', refusal?.params));
  const fields = await form.fields({ services, turn, session: session.value, data, values });
  if (!fields) return closeWith(t(refusal?.code ?? 'errors.activity.gone', refusal?.params));
  const carried = Object.fromEntries(form.carry.map((key) => [key, data[key]]));
  const card = dialogCard({ verb, fields, carried, submitKey: form.submitKey, refusal }, t);
  return { task: { type: 'continue', value: { title: t(`dialog.title.${verb}`), card } } };
}

/** Closes the dialog with a short line. */
const closeWith = (message: string): TaskModuleResponse => ({ task: { type: 'message', value: message } });
