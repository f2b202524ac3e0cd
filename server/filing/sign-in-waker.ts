import { wakeJobsForSignIn } from '../../domain/filing';
import type { Deps, Logger } from '../../domain/ports';

/**
 * A sign-in from the tab: remembered for on-behalf-of filing; the first one in a while also makes the reports that
 * wait for this facilitator's sign-in due, and wakes the worker, so they are filed at once (as the notice promised).
 */
export function signInWaker(deps: Deps, remember: (aadObjectId: string, token: string) => boolean, kick: () => void, log: Logger) {
  return async (aadObjectId: string, token: string): Promise<void> => {
    if (!remember(aadObjectId, token)) return;
    try {
      if ((await wakeJobsForSignIn(deps, aadObjectId)) > 0) kick();
    } catch (error) {
      log.error('report filing: reports waiting for a sign-in could not be woken', { error: String(error) });
    }
  };
}
