import type { CheckIn } from '../activities/check-in';
import type { Community, Membership } from '../community/community';
import type { Contribution, Deps } from '../ports';
import type { Session } from '../session/session';
import { communityDocuments } from './community-records';

/** Everything a community produced, as one JSON document (`community.json` in the export zip). */
export interface CommunityExport {
  format: 'leerkring-export/1';
  exportedAt: string;
  community: Community;
  members: Membership[];
  sessions: Session[];
  checkIns: CheckIn[];
  contributions: Contribution[];
  documents: { collection: string; id: string; value: unknown }[];
}

export async function buildCommunityExport(deps: Deps, communityId: string): Promise<CommunityExport | undefined> {
  const { store } = deps;
  const community = await store.communities.get(communityId);
  if (!community) return undefined;
  const sessions = (await store.sessions.list(communityId)).map((s) => s.value);
  const checkIns: CheckIn[] = [];
  for (const s of sessions) checkIns.push(...(await store.checkIns.list(s.id)));
  const documents = await communityDocuments(
    deps,
    communityId,
    sessions.map((s) => s.id),
  );
  return {
    format: 'leerkring-export/1',
    exportedAt: deps.clock.now().toISOString(),
    community: community.value,
    members: await store.members.list(communityId),
    sessions,
    checkIns,
    contributions: (await store.contributions.listAllInCommunity(communityId)).map((c) => c.value),
    documents: documents.map((d) => ({ collection: d.collection.name, id: d.id, value: d.value })),
  };
}
