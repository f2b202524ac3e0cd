import { rememberedCommunities } from '../../community/user-communities';
import type { Deps } from '../../ports';
import { wakeJobsWaitingForSignIn } from './finish-filing';

/**
 * A person signed in (they opened the tab): the reports waiting for a facilitator's sign-in in the communities
 * they facilitate are due again, to be filed on their behalf. Returns how many woke.
 */
export async function wakeJobsForSignIn(deps: Deps, aadObjectId: string): Promise<number> {
  let woken = 0;
  for (const communityId of await rememberedCommunities(deps, aadObjectId)) {
    const member = (await deps.store.members.list(communityId)).find((m) => m.aadObjectId === aadObjectId);
    if (member?.role !== 'facilitator') continue;
    woken += await wakeJobsWaitingForSignIn(deps, communityId, { userId: member.userId, aadObjectId });
  }
  return woken;
}
