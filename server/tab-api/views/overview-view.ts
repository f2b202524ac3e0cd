import { communitiesOf } from '../../../domain/activities/actions/member-actions';
import { communityOverview } from '../../../domain/overview/community-overview';
import type { Deps } from '../../../domain/ports';
import type { Identity } from '../../auth/sso-token';
import { memberOf, ownerOf } from '../access';

/**
 * The leaders' Overview: every community the viewer belongs to (as facilitator, member or observer), by name. Each
 * passes the tab's own access rule first, so a community they were once seen in but are no longer part of is left out.
 */
export async function overviewView(deps: Deps, identity: Identity) {
  const now = deps.clock.now();
  const ids = await communitiesOf(deps, ownerOf(identity));
  const all = await Promise.all(
    ids.map(async (id) => {
      const access = await memberOf(deps, id, identity);
      return access && communityOverview(deps, access.community, access.member.role, now);
    }),
  );
  return all.filter((c) => c !== undefined).sort((a, b) => a.name.localeCompare(b.name));
}
