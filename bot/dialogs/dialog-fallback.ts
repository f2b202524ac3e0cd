import { CardFactory, MessageFactory, type Attachment, type TaskModuleResponse, type TurnContext } from 'botbuilder';
import type { BotServices } from '../bot-services';
import { postCard } from '../bot-services';
import { adaptiveCard, heading, text, type AdaptiveCard } from '../cards/card-kit';
import type { CardData } from '../check-in-actions';
import { threadKeyOf } from '../thread-pacer';
import { meetingTurnInfo } from '../meeting-place';
import { FORM_MARKER } from './client-without-dialogs';
import { fetchDialog, submitDialog } from './dialog-route';

/**
 * For clients that show no dialogs (the Agents Playground): a dialog button's `Action.Submit` arrives as a plain
 * message with the button's data as `value`. The bot then posts the dialog's form as its own message; that form's
 * button comes back as a message too and is taken by the very `submitDialog` Teams' `task/submit` uses. Teams opens
 * real dialogs (`task/fetch` invokes), so there this never runs. Returns whether the message was such a click.
 */
export async function answerWithoutDialogs(services: BotServices, context: TurnContext): Promise<boolean> {
  const data = context.activity.value as CardData | undefined;
  if (!data || typeof data !== 'object') return false;
  const turn = await meetingTurnInfo(services.deps, context.activity);
  if (opensDialog(data)) {
    await postCard(context, formMessage(await fetchDialog(services, turn, data)));
    return true;
  }
  if (typeof data.dialog !== 'string') return false;
  const answer = formMessage(await submitDialog(services, turn, data));
  const replyToId = context.activity.replyToId;
  if (replyToId) await replaceInPlace(services, context, replyToId, answer);
  else await postCard(context, answer);
  return true;
}

const opensDialog = (data: CardData): boolean =>
  (data.msteams as { type?: unknown } | undefined)?.type === 'task/fetch' || data[FORM_MARKER] === true;

/** The dialog's answer as a message: the form (its title on top), or the line the dialog would close with. */
function formMessage(answer: TaskModuleResponse): AdaptiveCard {
  const task = answer.task;
  if (task?.type === 'continue') {
    const { title, card } = task.value as { title?: string; card?: Attachment };
    const form = card?.content as AdaptiveCard;
    return title ? { ...form, body: [heading(title), ...form.body] } : form;
  }
  const line = task?.type === 'message' && typeof task.value === 'string' ? task.value : '';
  return adaptiveCard([text(line)]);
}

/** Replaces the form message the member sent (paced like every other call to this thread). */
async function replaceInPlace(services: BotServices, context: TurnContext, id: string, card: AdaptiveCard) {
  const activity = { ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), id };
  const thread = threadKeyOf(context.activity.conversation?.id ?? '');
  await services.pacer.run(thread, () => context.updateActivity(activity));
}
