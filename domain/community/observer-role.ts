import { fail, ok, type Result } from '../errors';
import type { Deps } from '../ports';
import { namesOf } from '../session/start-session';
import { membership, type Person } from './community';
import { rememberUserCommunity } from './user-communities';

/** The two roles a facilitator gives with `/observer` and `/member`: a facilitator stays one. */
export type ObserverOrMember = 'observer' | 'member';

export interface RoleChangeInput {
  communityId: string;
  actorId: string;
  /** The person mentioned (Teams gives their id, name and often their Entra object id), or picked in the tab. */
  person: Person | undefined;
  role: ObserverOrMember;
}

/**
 * A facilitator names someone observer (waarnemer: they see what the channel sees but answer no cards and are not
 * counted as a member), or makes an observer a member again. Someone who never joined (a director in the team) is
 * added with that role. Returns the person's name as the community knows it.
 */
export async function changeObserverRole(deps: Deps, input: RoleChangeInput): Promise<Result<{ name: string }>> {
  const { communityId, person, role } = input;
  const actor = await deps.store.members.get(communityId, input.actorId);
  if (actor?.role !== 'facilitator')
    return fail('errors.role.facilitatorOnly', { facilitators: await namesOf(deps, communityId) });
  if (!person) return fail(role === 'observer' ? 'errors.role.mentionObserver' : 'errors.role.mentionMember');
  const existing = await deps.store.members.get(communityId, person.userId);
  if (existing?.role === 'facilitator') return fail('errors.role.facilitatorStays', { name: existing.name });
  // `setRole` changes only the role of someone already in the community: their name and join date stay.
  await deps.store.members.setRole(
    existing ? { ...existing, role } : membership(communityId, person, role, deps.clock.now()),
  );
  // The tab finds a newcomer's community by their Entra object id.
  if (!existing && person.aadObjectId) await rememberUserCommunity(deps, person.aadObjectId, communityId);
  return ok({ name: existing?.name ?? person.name });
}
