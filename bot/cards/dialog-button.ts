import { CARD_VERSION } from './card-kit';
import type { ActionStyle, SubmitAction } from './card-kit';

/**
 * A button that opens a dialog to write in. A card update re-renders the card's inputs for everyone, so typing on a
 * shared card is lost when someone else posts; a dialog is not touched by it. `verb` is what the dialog's own button
 * does: the very `Action.Execute` verb (and handler) the card used before.
 */
export function openDialog(
  title: string,
  verb: string,
  data: object,
  style?: Exclude<ActionStyle, 'default'>,
): SubmitAction {
  const action: SubmitAction = {
    type: 'Action.Submit',
    title,
    data: { msteams: { type: 'task/fetch' }, ...data, dialog: verb, cardVersion: CARD_VERSION },
  };
  if (style) action.style = style;
  return action;
}

/** The dialog's own button: Teams sends the dialog's inputs with this data as `task/submit`. */
export const dialogSubmit = (title: string, verb: string, data: object): SubmitAction => ({
  type: 'Action.Submit',
  title,
  data: { ...data, dialog: verb, cardVersion: CARD_VERSION },
  style: 'positive',
});
