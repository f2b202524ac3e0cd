import { taskInvoke, type TestUser } from '../fakes/activities';
import { allActions } from './card-reading';
import type { Harness } from './harness';

type Card = Record<string, unknown>;
type Where = Parameters<typeof taskInvoke>[3];

/** What a dialog invoke was answered with: the dialog's card (it stays open) or the line it closed with. */
export interface DialogAnswer {
  title?: string;
  card?: Card;
  closedWith?: string;
}

export function dialogAnswer(body: unknown): DialogAnswer {
  const task = (body as { task?: { type?: string; value?: unknown } })?.task;
  if (task?.type === 'message' && typeof task.value === 'string') return { closedWith: task.value };
  const value = task?.value as { title?: string; card?: { contentType?: string; content?: Card } } | undefined;
  if (task?.type !== 'continue' || value?.card?.contentType !== 'application/vnd.microsoft.card.adaptive')
    throw new Error(`not a dialog answer: ${JSON.stringify(body)}`);
  return {
    ...(value.title ? { title: value.title } : {}),
    ...(value.card.content ? { card: value.card.content } : {}),
  };
}

/** The data of a card's button that opens the dialog sending `verb` (`task/fetch` gets it as Teams would). */
export function dialogButton(card: unknown, verb: string, pick: (data: Card) => boolean = () => true): Card {
  const button = allActions(card).find((a) => a.verb === verb && a.data.dialog === verb && pick(a.data));
  if (!button) throw new Error(`no button opening the ${verb} dialog`);
  return button.data;
}

/** Clicks the card's button that opens a dialog, as `from`: the dialog Teams shows. */
export async function openDialog(h: Harness, where: Where, data: Card, from: TestUser): Promise<DialogAnswer> {
  const res = await h.post(taskInvoke('task/fetch', data, from, where));
  if (res.status !== 200) throw new Error(`task/fetch answered ${res.status}`);
  return dialogAnswer(res.body);
}

/** Sends a dialog with these inputs (Teams puts them beside the data of the dialog's button). */
export async function sendDialog(
  h: Harness,
  where: Where,
  dialog: Card,
  inputs: Record<string, unknown>,
  from: TestUser,
): Promise<DialogAnswer> {
  const submit = allActions(dialog).find((a) => typeof a.data.dialog === 'string');
  if (!submit) throw new Error('the dialog has no button to send it');
  const res = await h.post(taskInvoke('task/submit', { ...submit.data, ...inputs }, from, where));
  if (res.status !== 200) throw new Error(`task/submit answered ${res.status}`);
  return dialogAnswer(res.body);
}
