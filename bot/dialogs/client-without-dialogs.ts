import type { Activity, Middleware, TurnContext } from 'botbuilder';

/** What a dialog button carries instead of Teams' `msteams: { type: 'task/fetch' }` for a client without dialogs. */
export const FORM_MARKER = 'openForm';

const TEAMS_DIALOG = '"msteams":{"type":"task/fetch"}';

/** The activity with its cards' dialog buttons as plain submits (the Playground drops a click with `msteams`). */
export const withoutDialogButtons = <T>(activity: T): T =>
  JSON.parse(JSON.stringify(activity).replaceAll(TEAMS_DIALOG, `"${FORM_MARKER}":true`)) as T;

function rewrite(context: TurnContext): void {
  context.onSendActivities((_, activities, next) => {
    activities.forEach((a, i) => (activities[i] = withoutDialogButtons(a)));
    return next();
  });
  context.onUpdateActivity((_, activity: Partial<Activity>, next) => {
    Object.assign(activity, withoutDialogButtons(activity));
    return next();
  });
}

/**
 * Local mode with the Agents Playground: everything the bot sends or updates, replies, invoke answers and proactive
 * updates alike, carries plain submits, which bot/dialogs/dialog-fallback.ts answers with the form as a message.
 */
export const clientWithoutDialogs: Middleware = {
  onTurn: async (context, next) => {
    rewrite(context);
    await next();
  },
};
