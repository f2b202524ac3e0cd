import type { CheckIn } from '../activities/check-in/check-in';
import type { SurveyTally } from '../activities/survey/survey';
import { SURVEY_ANSWERED_KIND, SURVEY_TALLY_KIND } from '../activities/survey/survey-pool';
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
    contributions: withoutAnswerOrder((await store.contributions.listAllInCommunity(communityId)).map((c) => c.value)),
    documents: documents.map((d) => ({ collection: d.collection.name, id: d.id, value: d.value })),
  };
}

const ANONYMOUS_KINDS: ReadonlySet<string> = new Set([SURVEY_ANSWERED_KIND, SURVEY_TALLY_KIND]);
const keyOf = (c: Contribution) => `${c.kind}\u0000${c.sessionId}\u0000${c.id}`;

/**
 * The store lists records in the order they were written, which for an anonymous survey is the order members
 * answered in (decision 0002). So its markers and tallies come last, sorted by key (a marker's is the member's id),
 * and a tally still open shows only its count: two exports an answer apart must not differ by that answer.
 */
export function withoutAnswerOrder(all: readonly Contribution[]): Contribution[] {
  const survey = all
    .filter((c) => ANONYMOUS_KINDS.has(c.kind))
    .map((c) => (c.kind === SURVEY_TALLY_KIND ? countOnlyWhileOpen(c as Contribution<SurveyTally>) : c))
    .sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  return [...all.filter((c) => !ANONYMOUS_KINDS.has(c.kind)), ...survey];
}

const countOnlyWhileOpen = (c: Contribution<SurveyTally>): Contribution =>
  c.data.closed ? c : { ...c, data: { answers: c.data.answers } };
