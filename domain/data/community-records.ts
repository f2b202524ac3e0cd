import { closingSurveys, closingSurveysPrefix } from '../activities/closing-survey/closing-survey';
import { topicLists } from '../activities/rank/rank-use-cases';
import type { Collection } from '../collection';
import { driverVersions } from '../driver/edit-driver';
import { filingJobs, yearPortfolioJobPrefix } from '../report/filing/filing-job';
import { sessionSummaries } from '../report/session-summary';
import type { Deps, StoredDocument } from '../ports';
import { plannedSessions, schedulePrefix } from '../schedule/planned-session';
import { communityScheduleSettings } from '../schedule/schedule-settings';
import { agendaDrafts } from '../session/agenda-draft';
import { autoAdvanceMarkers } from '../session/timebox';

/** A document with the collection it lives in. */
export interface CommunityDocument extends StoredDocument<unknown> {
  collection: Collection<unknown>;
}

/** Collections whose documents belong to one community, and how their ids name it. */
const BY_PREFIX: readonly [Collection<unknown>, (communityId: string) => string][] = [
  [driverVersions, (id) => `${id}:`],
  [plannedSessions, schedulePrefix],
  [closingSurveys, closingSurveysPrefix],
  [filingJobs, yearPortfolioJobPrefix],
  [sessionSummaries, (id) => `${id}/`],
];
const BY_COMMUNITY_ID: readonly Collection<unknown>[] = [topicLists, agendaDrafts, communityScheduleSettings];
const BY_SESSION_ID: readonly Collection<unknown>[] = [filingJobs, autoAdvanceMarkers];

/**
 * Every document the community produced: its driver history, schedule and settings, closing questionnaires, topics,
 * agenda draft, its year portfolios' outbox entries, the ended sessions' summaries, and per session the report outbox
 * entry. A collection added later must be named here too, or export and /forget-me will not see it (tests/unit/data
 * checks the ones known today).
 */
export async function communityDocuments(
  deps: Deps,
  communityId: string,
  sessionIds: readonly string[],
): Promise<CommunityDocument[]> {
  const out: CommunityDocument[] = [];
  for (const [collection, prefix] of BY_PREFIX) {
    for (const doc of await deps.store.documents.list(collection, prefix(communityId)))
      out.push({ collection, ...doc });
  }
  const exact = [
    ...BY_COMMUNITY_ID.map((c) => [c, communityId] as const),
    ...BY_SESSION_ID.flatMap((c) => sessionIds.map((s) => [c, s] as const)),
  ];
  for (const [collection, id] of exact) {
    const doc = await deps.store.documents.get(collection, id);
    if (doc) out.push({ collection, id, ...doc });
  }
  return out;
}
