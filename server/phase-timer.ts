import type { Deps, Logger } from '../domain/ports';
import type { Session } from '../domain/session/session';
import { advanceDuePhases } from '../domain/session/timebox';

export interface PhaseTimer {
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Moves auto-advancing sessions on when their phase's timebox is over. All state is in the store
 * (the session's phase start and a marker document), so it carries on after a restart, and the
 * version-guarded save lets only one of several instances move a session.
 */
export function startPhaseTimer(options: {
  deps: Deps;
  log: Logger;
  tickMs?: number;
  onAdvanced: (session: Session) => Promise<void>;
}): PhaseTimer {
  const { deps, log } = options;
  let running: Promise<void> | undefined;
  const tick = async (): Promise<void> => {
    if (running) return running;
    running = (async () => {
      try {
        for (const session of await advanceDuePhases(deps)) {
          await options
            .onAdvanced(session)
            .catch((error: unknown) =>
              log.error('could not announce a timed phase change', { sessionId: session.id, error: String(error) }),
            );
        }
      } catch (error) {
        log.error('phase timer tick failed', { error: String(error) });
      }
    })();
    try {
      await running;
    } finally {
      running = undefined;
    }
  };
  const timer = setInterval(() => void tick(), options.tickMs ?? 5_000);
  timer.unref();
  void tick();
  return {
    tick,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
