import { collection } from '../collection';
import { retryOnConflict } from '../concurrency';
import { fail, ok, type Result } from '../errors';
import type { Deps } from '../ports';
import { namesOf } from '../session/start-session';
import type { StageView } from './stage-views';

/**
 * The view a facilitator pinned on the stage for one session: documents collection `stage-pins`, keyed by session id.
 * `view` null: unpinned, the stage follows the phase again.
 */
export interface StagePin {
  view: StageView | null;
  by: string;
  at: string;
}

export const stagePins = collection<StagePin>('stage-pins');

/** The view pinned on the stage of a session, if any. */
export const pinnedView = async (deps: Deps, sessionId: string): Promise<StageView | null> =>
  (await deps.store.documents.get(stagePins, sessionId))?.value.view ?? null;

/** A facilitator pins one view on everyone's stage for the running session, or (null) lets it follow the phase. */
export function pinStageView(
  deps: Deps,
  input: { communityId: string; actorId: string; view: StageView | null },
): Promise<Result<StagePin>> {
  return retryOnConflict(async () => {
    const role = (await deps.store.members.get(input.communityId, input.actorId))?.role;
    if (role !== 'facilitator')
      return fail('errors.role.facilitatorOnly', { facilitators: await namesOf(deps, input.communityId) });
    const latest = await deps.store.sessions.latest(input.communityId);
    if (latest?.value.state.kind !== 'running') return fail('errors.session.noneRunning');
    const existing = await deps.store.documents.get(stagePins, latest.value.id);
    const pin: StagePin = { view: input.view, by: input.actorId, at: deps.clock.now().toISOString() };
    const saved = await deps.store.documents.save(stagePins, latest.value.id, pin, existing?.version ?? null);
    return saved.ok ? ok(pin) : 'conflict';
  });
}
