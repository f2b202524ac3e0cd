import { communityTopics } from '../activities/rank/rank-use-cases';
import type { Deps } from '../ports';
import { agendaFor, type FormatId } from '../session/formats';
import { shortId } from '../short-id';
import { facilitatorCheck } from './facilitator-check';
import { addDays, localTime, minutesOf, type LocalDate, type LocalTime } from './local-date';
import type { PlanRequest } from '../plan/plan-parser';
import { plannedSessionId, plannedSessions, type PlannedSession, type PlannedTopic } from './planned-session';
import { DEFAULT_HORIZON_DAYS, expandRecurrence } from './recurrence';
import { fail, ok, type Result } from '../errors';
import { scheduleSettings } from './schedule-settings-use-cases';
import { localDateAt, zonedTimeToUtc } from './zoned-time';

/** At most this many sessions in one `/plan` (a weekly pattern over half a year is 27). */
export const MAX_PLANNED_AT_ONCE = 60;
/** Single dates may lie up to two years ahead. */
const DATES_HORIZON_DAYS = 730;

export interface PlanInput {
  communityId: string;
  actorId: string;
  request: PlanRequest;
  /** How far ahead a pattern is expanded; half a year by default. */
  horizonDays?: number;
}

export interface PlanOutcome {
  planned: PlannedSession[];
  /** Dates not planned: already past, or a session already planned at that very time. */
  skipped: { date: LocalDate; reason: 'past' | 'clash' }[];
}

/**
 * Puts sessions on the schedule: the dates or the pattern of `request` from today up to its `until`
 * (or the horizon), at the same wall-clock time in the community's zone whatever the daylight
 * saving. Past dates and times already taken are skipped; when nothing is left, that is the error.
 * Facilitators only.
 */
export async function planSessions(deps: Deps, input: PlanInput): Promise<Result<PlanOutcome>> {
  const allowed = await facilitatorCheck(deps, input.communityId, input.actorId);
  if (!allowed.ok) return allowed;
  const { request } = input;
  const settings = await scheduleSettings(deps, input.communityId);
  const now = deps.clock.now();
  const today = localDateAt(now, settings.timeZone);
  const horizon =
    request.recurrence.kind === 'dates' ? DATES_HORIZON_DAYS : (input.horizonDays ?? DEFAULT_HORIZON_DAYS);
  // Dates typed one by one are all looked at, so that a past one is reported as skipped.
  const from = request.recurrence.kind === 'dates' ? ([...request.recurrence.dates, today].sort()[0] ?? today) : today;
  const dates = expandRecurrence(request.recurrence, from, request.until ?? addDays(today, horizon));
  if (dates.length > MAX_PLANNED_AT_ONCE)
    return fail('schedule.errors.tooMany', { count: dates.length, max: MAX_PLANNED_AT_ONCE });
  const topics = await topicsFor(deps, input.communityId, request.topicNumbers);
  if (!topics.ok) return topics;
  const format = request.format ?? 'regular';
  const localEnd = request.localEnd ?? endAfterAgenda(request.localStart, format);
  const seriesId = request.recurrence.kind === 'dates' ? undefined : shortId(`series:${deps.ids.next()}`);
  const outcome: PlanOutcome = { planned: [], skipped: [] };
  for (const date of dates) {
    const planned = plannedSession(deps, input, {
      date,
      localEnd,
      format,
      topics: topics.value,
      timeZone: settings.timeZone,
      seriesId,
    });
    if (Date.parse(planned.start) <= now.getTime()) {
      outcome.skipped.push({ date, reason: 'past' });
      continue;
    }
    const saved = await deps.store.documents.save(plannedSessions, planned.id, planned, null);
    if (saved.ok) outcome.planned.push(planned);
    else outcome.skipped.push({ date, reason: 'clash' });
  }
  return outcome.planned.length > 0 ? ok(outcome) : nothingPlanned(outcome, dates, request.localStart);
}

function nothingPlanned(outcome: PlanOutcome, dates: LocalDate[], time: LocalTime): Result<PlanOutcome> {
  const clash = outcome.skipped.find((s) => s.reason === 'clash');
  if (clash) return fail('schedule.errors.clash', { date: clash.date, time });
  return fail('schedule.errors.past', { date: dates[dates.length - 1] ?? '' });
}

interface Slot {
  date: LocalDate;
  localEnd: LocalTime;
  format: FormatId;
  topics: PlannedTopic[];
  timeZone: string;
  seriesId: string | undefined;
}

function plannedSession(deps: Deps, input: PlanInput, slot: Slot): PlannedSession {
  const { request } = input;
  const start = zonedTimeToUtc(slot.date, request.localStart, slot.timeZone);
  const end = zonedTimeToUtc(slot.date, slot.localEnd, slot.timeZone);
  return {
    id: plannedSessionId(input.communityId, start),
    key: shortId(`${input.communityId}/${start.toISOString()}/${deps.ids.next()}`),
    sequence: 0,
    communityId: input.communityId,
    start: start.toISOString(),
    end: end.toISOString(),
    timeZone: slot.timeZone,
    localDate: slot.date,
    localStart: request.localStart,
    localEnd: slot.localEnd,
    format: slot.format,
    ...(request.place ? { place: request.place } : {}),
    ...(request.onlineUrl ? { onlineUrl: request.onlineUrl } : {}),
    topics: slot.topics,
    closing: slot.format === 'closing',
    ...(slot.seriesId ? { seriesId: slot.seriesId } : {}),
    plannedBy: input.actorId,
    plannedAt: deps.clock.now().toISOString(),
  };
}

/** Without an end time a session lasts as long as its format's agenda (a regular one 90 minutes), ending by 23:59. */
export function endAfterAgenda(start: LocalTime, format: FormatId): LocalTime {
  const minutes = Math.min(minutesOf(start) + agendaFor(format).reduce((sum, p) => sum + p.minutes, 0), 23 * 60 + 59);
  return localTime(Math.floor(minutes / 60), minutes % 60) ?? start;
}

/** Topics by their position in the community's prioritised list (1 = its first). */
export async function topicsFor(
  deps: Deps,
  communityId: string,
  numbers: readonly number[],
): Promise<Result<PlannedTopic[]>> {
  if (numbers.length === 0) return ok([]);
  const list = (await communityTopics(deps, communityId))?.topics ?? [];
  if (list.length === 0) return fail('schedule.errors.noTopics');
  const topics: PlannedTopic[] = [];
  for (const number of numbers) {
    const topic = list[number - 1];
    if (!topic) return fail('schedule.errors.unknownTopic', { number, count: list.length });
    topics.push({ id: topic.id, title: topic.text });
  }
  return ok(topics);
}
