import type { Deps } from '../ports';
import { membership, type Person, type Role } from './community';
import { rememberUserCommunity } from './user-communities';

/**
 * The person's role in the community; someone in the channel who contributes for the first time
 * joins as a member. Observers are returned as such: callers refuse their contributions.
 */
export async function joinIfNew(deps: Deps, communityId: string, person: Person): Promise<Role> {
  const member = await deps.store.members.get(communityId, person.userId);
  if (member) return member.role;
  await deps.store.members.add(membership(communityId, person, 'member', deps.clock.now()));
  if (person.aadObjectId) await rememberUserCommunity(deps, person.aadObjectId, communityId);
  return (await deps.store.members.get(communityId, person.userId))?.role ?? 'member';
}
