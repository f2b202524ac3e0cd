import { fail, ok, type Result } from '../errors';
import type { Deps } from '../ports';
import { namesOf } from '../session/start-session';
import { facilitatorNames, membership, type ChannelRef, type Person } from './community';

/**
 * A facilitator makes someone else a facilitator too (a PLG often has a practical and a content lead).
 * Returns the names of the facilitators who were there already.
 */
export async function appointFacilitator(
  deps: Deps,
  input: { channel: ChannelRef; actorId: string; person: Person | undefined },
): Promise<Result<{ others: string }>> {
  const community = await deps.store.communities.findByChannel(input.channel);
  if (!community) return fail('errors.session.noneRunning');
  const role = (await deps.store.members.get(community.value.id, input.actorId))?.role;
  if (role !== 'facilitator')
    return fail('errors.role.facilitatorOnly', { facilitators: await namesOf(deps, community.value.id) });
  if (!input.person) return fail('errors.role.mentionSomeone');
  const before = (await deps.store.members.list(community.value.id)).filter((m) => m.userId !== input.person?.userId);
  await deps.store.members.setRole(membership(community.value.id, input.person, 'facilitator', deps.clock.now()));
  return ok({ others: facilitatorNames(before) });
}
