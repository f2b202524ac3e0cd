import { categoriesOf } from '../../../domain/activities/board/board';
import { postItsOf } from '../../../domain/activities/board/board-use-cases';
import type { Deps } from '../../../domain/ports';

/**
 * What the group contributed in the newest session with a driver step (handbook §2.2 step 5), per guiding question and
 * without names: the facilitator shapes the driver from these, beside the canvas.
 */
export async function driverContributions(deps: Deps, communityId: string) {
  const sessions = [...(await deps.store.sessions.list(communityId))].reverse();
  for (const { value: session } of sessions) {
    for (const [index, phase] of session.agenda.entries()) {
      if (phase.activity !== 'driver') continue;
      const postIts = await postItsOf(deps, session.id, index);
      if (postIts.length === 0) continue;
      return {
        sessionNumber: session.number,
        parts: categoriesOf(phase).map((part) => ({
          part,
          items: postIts.filter((p) => p.data.category === part).map((p) => ({ id: p.id, text: p.data.text })),
        })),
      };
    }
  }
  return undefined;
}

/** The phases whose channel cards show the driver as it stands: the driver steps of the newest session. */
export async function driverCardsOf(deps: Deps, communityId: string) {
  const latest = await deps.store.sessions.latest(communityId);
  if (!latest) return [];
  return latest.value.agenda.flatMap((p, i) =>
    p.activity === 'driver' ? [{ session: latest.value, phaseIndex: i }] : [],
  );
}
