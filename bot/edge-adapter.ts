import { CloudAdapter, type Activity, type TurnContext } from 'botbuilder';
// What CloudAdapter.process does to a posted body: timestamps become Dates.
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator';

/** An activity as the Bot Connector posts it: an object with a type. */
export interface PostedActivity {
  type: string;
}

/** What a POST of an activity comes to: refused before the turn, or the turn's HTTP answer. */
export type TurnOutcome = { ok: false; why: 'refused' | 'unavailable' } | { ok: true; status: number; body?: unknown };

/**
 * The CloudAdapter with authentication apart, so the HTTP edge decides what a failed one answers (botbuilder's
 * own `process` answers 500 with its error text and prints every refusal with a stack trace).
 */
export class EdgeAdapter extends CloudAdapter {
  /** Authenticates the activity and, when it passes, runs its turn; faults in the turn end in `onTurnError`. */
  async handle(
    posted: Activity,
    authorization: string,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<TurnOutcome> {
    const activity = validateAndFixActivity(posted);
    let auth;
    try {
      auth = await this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
    } catch (error) {
      return { ok: false, why: keysUnavailable(error) ? 'unavailable' : 'refused' };
    }
    const answer = await this.processActivity(auth, activity, logic);
    return { ok: true, status: answer?.status ?? 200, ...(answer?.body !== undefined ? { body: answer.body } : {}) };
  }
}

/** botbuilder reports a failed fetch of its OpenID metadata as a 500 AuthenticationError, or node-fetch's error. */
function keysUnavailable(error: unknown): boolean {
  const { statusCode, name } = (error ?? {}) as { statusCode?: unknown; name?: unknown };
  return statusCode === 500 || name === 'FetchError';
}
