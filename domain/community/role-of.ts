import type { Deps } from '../ports';
import type { Role } from './community';

/** The person's role in the community, undefined when they have not joined it. */
export const roleOf = async (deps: Deps, communityId: string, userId: string): Promise<Role | undefined> =>
  (await deps.store.members.get(communityId, userId))?.role;
