import { ACTION_KIND, type ActionItem } from '../activities/actions/actions';
import type { Deps } from '../ports';
import { dueReminders } from './reminder-rules';
import { plannedSessions, type PlannedSession } from './planned-session';
import type { OpenAction, Reminder } from './reminder';
import { numbered } from './schedule-queries';
import { scheduleSettings } from './schedule-settings-use-cases';

/**
 * Every community's reminders due at `now` (see `dueReminders`), read from the store; none for archived communities.
 */
export async function remindersDue(deps: Deps, now: Date): Promise<Reminder[]> {
  const upcomingByCommunity = new Map<string, PlannedSession[]>();
  for (const { value } of await deps.store.documents.list(plannedSessions)) {
    if (Date.parse(value.end) <= now.getTime()) continue;
    upcomingByCommunity.set(value.communityId, [...(upcomingByCommunity.get(value.communityId) ?? []), value]);
  }
  const due: Reminder[] = [];
  for (const [communityId, upcoming] of upcomingByCommunity) {
    // An archived community is read-only: nothing is planned for it any more.
    if ((await deps.store.communities.get(communityId))?.value.archivedAt) continue;
    const latest = (await deps.store.sessions.latest(communityId))?.value;
    due.push(
      ...dueReminders(now, {
        communityId,
        settings: await scheduleSettings(deps, communityId),
        upcoming: numbered(upcoming, latest),
        openActions: await openActions(deps, communityId),
      }),
    );
  }
  return due;
}

async function openActions(deps: Deps, communityId: string): Promise<OpenAction[]> {
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
