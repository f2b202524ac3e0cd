import type { Deps, Stored } from '../ports';
import type { ChannelRef, Community, Language, Person, TeamsNames } from './community';
import { createCommunity, membership } from './community';

export interface CommunityPlace {
  channel: ChannelRef;
  /** Shown until the facilitator names the community: the team or chat name. */
  name: string;
  language: Language;
  /** What Teams calls the place, when it answered in time; `name` is then made from it. */
  teamsNames?: TeamsNames;
}

/** The channel's community, created with `founder` as facilitator when there is none yet. */
export async function findOrCreateCommunity(
  deps: Deps,
  place: CommunityPlace,
  founder: Person,
): Promise<{ community: Stored<Community>; created: boolean }> {
  for (;;) {
    const existing = await deps.store.communities.findByChannel(place.channel);
    if (existing) return { community: existing, created: false };
    const community = createCommunity({ ...place, id: deps.ids.next(), founder, now: deps.clock.now() });
    // The founder's membership goes first: a community is never visible without its facilitator.
    await deps.store.members.add(membership(community.id, founder, 'facilitator', deps.clock.now()));
    const saved = await deps.store.communities.save(community, null);
    // A conflict means another request created it a moment ago: read that one.
    if (saved.ok) return { community: { value: community, version: saved.version }, created: true };
  }
}
