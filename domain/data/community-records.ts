import { CLOSING_SURVEYS, closingSurveysPrefix } from '../activities/closing-survey';
import { TOPICS_COLLECTION } from '../activities/rank-use-cases';
import { DRIVER_HISTORY } from '../driver/edit-driver';
import { FILING_COLLECTION } from '../filing/filing-job';
import type { Deps, StoredDocument } from '../ports';
import { SCHEDULE_COLLECTION, schedulePrefix } from '../schedule/planned-session';
import { SETTINGS_COLLECTION } from '../schedule/schedule-settings';
import { AGENDA_DRAFTS } from '../session/agenda-draft';
import { AUTO_ADVANCE_COLLECTION } from '../session/timebox';

/** A document with the collection it lives in. */
export interface CommunityDocument extends StoredDocument<unknown> {
  collection: string;
}

/** Collections whose documents belong to one community, and how their ids name it. */
const BY_PREFIX: readonly [string, (communityId: string) => string][] = [
  [DRIVER_HISTORY, (id) => `${id}:`],
  [SCHEDULE_COLLECTION, schedulePrefix],
  [CLOSING_SURVEYS, closingSurveysPrefix],
];
const BY_COMMUNITY_ID: readonly string[] = [TOPICS_COLLECTION, AGENDA_DRAFTS, SETTINGS_COLLECTION];
const BY_SESSION_ID: readonly string[] = [FILING_COLLECTION, AUTO_ADVANCE_COLLECTION];

/**
 * Every document the community produced: its driver history, schedule and settings, closing questionnaires, topics, agenda draft,
 * and per session the report outbox entry. A collection added later must be named here too, or export and
 * /forget-me will not see it (tests/unit/data checks the ones known today).
 */
export async function communityDocuments(deps: Deps, communityId: string, sessionIds: readonly string[]): Promise<CommunityDocument[]> {
  const out: CommunityDocument[] = [];
  for (const [collection, prefix] of BY_PREFIX) {
    for (const doc of await deps.store.documents.list(collection, prefix(communityId))) out.push({ collection, ...doc });
  }
  const exact = [...BY_COMMUNITY_ID.map((c) => [c, communityId] as const), ...BY_SESSION_ID.flatMap((c) => sessionIds.map((s) => [c, s] as const))];
  for (const [collection, id] of exact) {
    const doc = await deps.store.documents.get(collection, id);
    if (doc) out.push({ collection, id, ...doc });
  }
  return out;
}
