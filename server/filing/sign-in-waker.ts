import { wakeJobsForSignIn } from '../../domain/report/filing';
import type { Deps, Logger } from '../../domain/ports';

/** However often the tab calls, reports waiting for a person's sign-in are looked at most once in this while. */
const WAKE_EVERY_MS = 60_000;

/**
 * A sign-in from the tab: remembered for on-behalf-of filing, and the reports that wait for this facilitator's sign-in
 * are made due and the worker woken, so they are filed at once (as the notice promised). Not only on a fresh sign-in:
 * with several instances another one may have claimed a woken report without the token (it waits again), and the
 * next call here, on the instance that holds the token, wakes it once more. Never throws: the tab call goes on.
 */
export function signInWaker(
  deps: Deps,
  remember: (aadObjectId: string, token: string) => boolean,
  kick: () => void,
  log: Logger,
  now: () => number = Date.now,
) {
  const lastWake = new Map<string, number>();
  return async (aadObjectId: string, token: string): Promise<void> => {
    try {
      const fresh = remember(aadObjectId, token);
      if (!fresh && now() - (lastWake.get(aadObjectId) ?? -Infinity) < WAKE_EVERY_MS) return;
      lastWake.set(aadObjectId, now());
      if ((await wakeJobsForSignIn(deps, aadObjectId)) > 0) kick();
    } catch (error) {
      log.error('report filing: reports waiting for a sign-in could not be woken', { error: String(error) });
    }
  };
}
