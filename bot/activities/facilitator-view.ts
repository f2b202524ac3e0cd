import type { ActivityContext } from '../../domain/activities/activity-context';
import type { Deps } from '../../domain/ports';
import type { Session } from '../../domain/session/session';
import type { CardRef, PhasePosition } from '../cards/card-kit';

/** Teams fetches a user-specific view for at most this many users of a card. */
const REFRESH_LIMIT = 60;

/** The community's facilitators, who always get their own view of a phase card (with their controls). */
export async function facilitatorIdsOf(deps: Deps, communityId: string): Promise<string[]> {
  return (await deps.store.members.list(communityId)).filter((m) => m.role === 'facilitator').map((m) => m.userId);
}

/** Whom a shared card is refreshed for: the facilitators first, then those who answered, 60 at most. */
export async function refreshIdsFor(deps: Deps, session: Session, answered: readonly string[]): Promise<string[]> {
  if (session.state.kind !== 'running') return [...new Set(answered)].slice(0, REFRESH_LIMIT);
  return [...new Set([...(await facilitatorIdsOf(deps, session.communityId)), ...answered])].slice(0, REFRESH_LIMIT);
}

/** Whether this user sees a phase card as a facilitator: only while the session runs. */
export async function seesAsFacilitator(deps: Deps, session: Session, userId: string): Promise<boolean> {
  if (session.state.kind !== 'running') return false;
  return (await deps.store.members.get(session.communityId, userId))?.role === 'facilitator';
}

/** Whether the clicker in this activity context sees the card as a facilitator. */
export const steersIn = (context: ActivityContext): boolean =>
  context.role === 'facilitator' && context.session.value.state.kind === 'running';

/** Where a phase stands in its session, and whether the session is in it now. */
export function positionOf(session: Session, phaseIndex: number): PhasePosition | undefined {
  const phase = session.agenda[phaseIndex];
  if (!phase) return undefined;
  const current = session.state.kind === 'running' && session.state.phaseIndex === phaseIndex;
  return { index: phaseIndex, total: session.agenda.length, minutes: phase.minutes, current };
}

/** A card view as this user sees it: a facilitator's own view has their controls. */
export async function asSeenBy<T extends { ref: CardRef }>(deps: Deps, view: T, userId: string): Promise<T> {
  const session = await deps.store.sessions.get(view.ref.sessionId);
  return { ...view, forFacilitator: !!session && (await seesAsFacilitator(deps, session.value, userId)) };
}
