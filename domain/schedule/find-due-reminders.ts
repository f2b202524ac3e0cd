import { ACTION_KIND, type ActionItem } from '../activities/actions/actions';
import type { Deps } from '../ports';
import { dueReminders } from './reminder-rules';
import { plannedSessions, type PlannedSession } from './planned-session';
import type { OpenAction, Reminder } from './reminder';
import { numbered } from './schedule-queries';
import { scheduleSettings } from './schedule-settings-use-cases';
import { inParallel } from '../in-parallel';

/** Communities whose reminders are worked out at once (each makes four reads). */
const COMMUNITIES_AT_ONCE = 16;

/**
 * Every community's reminders due at `now` (see `dueReminders`), read from the store; none for archived communities.
 */
export async function remindersDue(deps: Deps, now: Date): Promise<Reminder[]> {
  const upcomingByCommunity = new Map<string, PlannedSession[]>();
  for (const { value } of await deps.store.documents.list(plannedSessions)) {
    if (Date.parse(value.end) <= now.getTime()) continue;
    upcomingByCommunity.set(value.communityId, [...(upcomingByCommunity.get(value.communityId) ?? []), value]);
  }
  const due = await inParallel([...upcomingByCommunity], COMMUNITIES_AT_ONCE, ([communityId, upcoming]) =>
    communityReminders(deps, now, communityId, upcoming),
  );
  return due.flat();
}

/** The reminders of one community, its reads made together; none when it is archived (read-only). */
async function communityReminders(
  deps: Deps,
  now: Date,
  communityId: string,
  upcoming: PlannedSession[],
): Promise<Reminder[]> {
  const [community, latest, settings, openActions] = await Promise.all([
    deps.store.communities.get(communityId),
    deps.store.sessions.latest(communityId),
    scheduleSettings(deps, communityId),
    openActionsOf(deps, communityId),
  ]);
  if (community?.value.archivedAt) return [];
  return dueReminders(now, { communityId, settings, upcoming: numbered(upcoming, latest?.value), openActions });
}

async function openActionsOf(deps: Deps, communityId: string): Promise<OpenAction[]> {
  const actions = await deps.store.contributions.listInCommunity<ActionItem>(communityId, ACTION_KIND);
  return actions
    .filter((a) => a.data.status === 'open')
    .map((a) => ({
      sessionId: a.sessionId,
      actionId: a.id,
      what: a.data.what,
      ownerId: a.data.ownerId,
      ownerName: a.data.ownerName,
      due: a.data.due,
    }));
}
