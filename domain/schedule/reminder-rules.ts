import { agendaFor } from '../session/formats';
import type {
  ActionReminder,
  OpenAction,
  Reminder,
  SessionReminder,
  SurveyClosedReminder,
  SurveyReminder,
} from './reminder';
import type { NumberedPlannedSession } from './schedule-queries';
import { DEFAULT_OFFSETS_MINUTES, offsetLabel, sortedOffsets, type ScheduleSettings } from './schedule-settings';
import { addDays } from './local-date';
import type { PlannedSession } from './planned-session';
import { localDateAt, zonedTimeToUtc } from './zoned-time';

const MINUTE_MS = 60_000;

/** What one community's reminders are computed from. */
export interface CommunityAgenda {
  communityId: string;
  settings: ScheduleSettings;
  /** Its planned sessions that have not ended, in time order, numbered. */
  upcoming: readonly NumberedPlannedSession[];
  openActions: readonly OpenAction[];
}

/**
 * The reminders due at `now`. Each has a stable id, so a scheduler sends it once however often this
 * is asked. After downtime nothing stale goes out: for a session only the latest offset that has
 * passed is due (never the 2-day and the 1-hour reminder both), and only until the session starts;
 * action reminders are due only on the local day of their moment. When the closing session starts, its
 * questionnaire's card is closed (until the session ends).
 */
export function dueReminders(now: Date, community: CommunityAgenda): Reminder[] {
  const future = community.upcoming.filter((p) => Date.parse(p.start) > now.getTime());
  const reminders: Reminder[] = [];
  for (const planned of future) {
    const session = sessionReminder(now, community, planned);
    if (session) reminders.push(session);
    const survey = surveyReminder(now, community.settings, planned);
    if (survey) reminders.push(survey);
  }
  const next = future[0];
  if (next) reminders.push(...actionReminders(now, community, next));
  reminders.push(
    ...community.upcoming
      .filter((p) => p.closing && Date.parse(p.start) <= now.getTime())
      .map((p) => surveyClosed(community.communityId, p)),
  );
  return reminders;
}

/** Due from the closing session's start (the questionnaire's deadline) until its end; after that it is stale. */
const surveyClosed = (communityId: string, planned: NumberedPlannedSession): SurveyClosedReminder => ({
  kind: 'closing-survey-closed',
  id: `survey-closed/${planned.id}`,
  communityId,
  planned,
  dueAt: planned.start,
});

/**
 * When a reminder `offset` minutes ahead of the session goes out. Whole days count on the wall
 * clock, so "2 days before" a 15:00 session is 15:00 two days earlier, also across a daylight-saving
 * change; what is left (the "1 hour") is plain elapsed time.
 */
export function reminderMoment(planned: PlannedSession, offsetMinutes: number): Date {
  const days = Math.floor(offsetMinutes / 1440);
  const dayStart =
    days === 0
      ? new Date(planned.start)
      : zonedTimeToUtc(addDays(planned.localDate, -days), planned.localStart, planned.timeZone);
  return new Date(dayStart.getTime() - (offsetMinutes % 1440) * MINUTE_MS);
}

/** The smallest offset whose moment has passed: the reminder that is due now, if any. */
function latestPassed(now: Date, planned: PlannedSession, offsets: readonly number[]): number | undefined {
  return sortedOffsets(offsets)
    .filter((o) => reminderMoment(planned, o).getTime() <= now.getTime())
    .pop();
}

function sessionReminder(
  now: Date,
  community: CommunityAgenda,
  planned: NumberedPlannedSession,
): SessionReminder | undefined {
  if (!community.settings.remindersOn) return undefined;
  const offset = latestPassed(now, planned, community.settings.offsetsMinutes);
  if (offset === undefined) return undefined;
  return {
    kind: 'session',
    id: `session/${planned.id}/${offsetLabel(offset)}`,
    communityId: community.communityId,
    planned,
    dueAt: reminderMoment(planned, offset).toISOString(),
    offsetMinutes: offset,
    agenda: agendaFor(planned.format),
    openActions: [...community.openActions],
  };
}

function surveyReminder(
  now: Date,
  settings: ScheduleSettings,
  planned: NumberedPlannedSession,
): SurveyReminder | undefined {
  if (!planned.closing) return undefined;
  const dueAt = reminderMoment(planned, settings.surveyLeadDays * 1440).getTime();
  if (dueAt > now.getTime()) return undefined;
  return {
    kind: 'closing-survey',
    id: `survey/${planned.id}`,
    communityId: planned.communityId,
    planned,
    dueAt: new Date(dueAt).toISOString(),
    deadline: planned.start,
    anonymous: settings.surveyAnonymous,
  };
}

/**
 * Owners of open actions due at the next session (or earlier) are reminded at the session reminder
 * moments, at most once per action per local day, and not at all for a day that has passed.
 */
function actionReminders(now: Date, community: CommunityAgenda, next: NumberedPlannedSession): ActionReminder[] {
  const { settings } = community;
  if (!settings.actionRemindersOn) return [];
  const offsets = settings.offsetsMinutes.length > 0 ? settings.offsetsMinutes : DEFAULT_OFFSETS_MINUTES;
  const offset = latestPassed(now, next, offsets);
  if (offset === undefined) return [];
  const moment = reminderMoment(next, offset);
  const localDay = localDateAt(moment, settings.timeZone);
  if (localDateAt(now, settings.timeZone) !== localDay) return [];
  return community.openActions
    .filter((action) => action.due <= next.localDate)
    .map((action) => ({
      kind: 'action',
      id: `action/${community.communityId}/${action.sessionId}/${action.actionId}/${localDay}`,
      communityId: community.communityId,
      planned: next,
      dueAt: moment.toISOString(),
      action,
      localDay,
    }));
}
