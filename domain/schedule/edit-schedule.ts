import type { Deps } from '../ports';
import type { FormatId } from '../session/formats';
import { facilitatorCheck } from './facilitator-check';
import type { LocalDate, LocalTime } from './local-date';
import { plannedSessionId, plannedSessions, type PlannedSession } from './planned-session';
import { allPlanned } from './schedule-queries';
import { retryOnConflict } from '../concurrency';
import { fail, ok, type Result } from '../errors';
import { MAX_PLACE, MAX_URL } from '../plan/plan-parser';
import { topicsFor } from './plan-sessions';
import { zonedTimeToUtc } from './zoned-time';

interface Target {
  communityId: string;
  actorId: string;
  plannedId: string;
}

/** Takes a session off the schedule. Facilitators only; `notFound` when it is not (or no longer) there. */
export async function removePlannedSession(deps: Deps, input: Target): Promise<Result<PlannedSession>> {
  const allowed = await facilitatorCheck(deps, input.communityId, input.actorId);
  if (!allowed.ok) return allowed;
  return retryOnConflict(async () => {
    const stored = await deps.store.documents.get(plannedSessions, input.plannedId);
    if (!stored || stored.value.communityId !== input.communityId)
      return fail('schedule.errors.notFound', { text: input.plannedId });
    const removed = await deps.store.documents.remove(plannedSessions, input.plannedId, stored.version);
    return removed.ok ? ok(stored.value) : 'conflict';
  });
}

/** `/plan cancel 8/12`: removes the sessions still to come on those local dates. */
export async function removePlannedOn(
  deps: Deps,
  input: { communityId: string; actorId: string; dates: readonly LocalDate[] },
): Promise<Result<PlannedSession[]>> {
  const allowed = await facilitatorCheck(deps, input.communityId, input.actorId);
  if (!allowed.ok) return allowed;
  const now = deps.clock.now().getTime();
  const matching = (await allPlanned(deps, input.communityId)).filter(
    (p) => input.dates.includes(p.localDate) && Date.parse(p.end) > now,
  );
  if (matching.length === 0) return fail('schedule.errors.notFound', { text: input.dates.join(', ') });
  const removed: PlannedSession[] = [];
  for (const planned of matching) {
    const result = await removePlannedSession(deps, { ...input, plannedId: planned.id });
    if (result.ok) removed.push(result.value);
  }
  return ok(removed);
}

/** What may change in a planned session; `null` clears a place or link. */
export interface PlannedChange {
  localDate?: LocalDate;
  localStart?: LocalTime;
  localEnd?: LocalTime;
  format?: FormatId;
  place?: string | null;
  onlineUrl?: string | null;
  topicNumbers?: number[];
}

/**
 * Changes a planned session. Moving it to another time gives it a new id (its reminders start
 * afresh) but keeps its calendar key, with a higher sequence so calendars update the event.
 * Facilitators only.
 */
export async function editPlannedSession(
  deps: Deps,
  input: Target & { change: PlannedChange },
): Promise<Result<PlannedSession>> {
  const allowed = await facilitatorCheck(deps, input.communityId, input.actorId);
  if (!allowed.ok) return allowed;
  const topics = input.change.topicNumbers
    ? await topicsFor(deps, input.communityId, input.change.topicNumbers)
    : undefined;
  if (topics && !topics.ok) return topics;
  return retryOnConflict(async () => {
    const stored = await deps.store.documents.get(plannedSessions, input.plannedId);
    if (!stored || stored.value.communityId !== input.communityId)
      return fail('schedule.errors.notFound', { text: input.plannedId });
    const changed = applyChange(stored.value, input.change, topics?.value);
    if (!changed.ok) return changed;
    const next = changed.value;
    if (Date.parse(next.start) <= deps.clock.now().getTime())
      return fail('schedule.errors.past', { date: next.localDate });
    if (next.id === stored.value.id) {
      const saved = await deps.store.documents.save(plannedSessions, next.id, next, stored.version);
      return saved.ok ? ok(next) : 'conflict';
    }
    const created = await deps.store.documents.save(plannedSessions, next.id, next, null);
    if (!created.ok) return fail('schedule.errors.clash', { date: next.localDate, time: next.localStart });
    await deps.store.documents.remove(plannedSessions, stored.value.id, stored.version);
    return ok(next);
  });
}

function applyChange(
  planned: PlannedSession,
  change: PlannedChange,
  topics: PlannedSession['topics'] | undefined,
): Result<PlannedSession> {
  const localDate = change.localDate ?? planned.localDate;
  const localStart = change.localStart ?? planned.localStart;
  const localEnd = change.localEnd ?? planned.localEnd;
  if (localEnd <= localStart) return fail('schedule.errors.endBeforeStart', { start: localStart, end: localEnd });
  const start = zonedTimeToUtc(localDate, localStart, planned.timeZone);
  const format = change.format ?? planned.format;
  const place = change.place === null ? undefined : (change.place?.trim() ?? planned.place);
  const onlineUrl = change.onlineUrl === null ? undefined : (change.onlineUrl?.trim() ?? planned.onlineUrl);
  if (place !== undefined && [...place].length > MAX_PLACE)
    return fail('schedule.errors.tooLong', { length: [...place].length, max: MAX_PLACE });
  if (onlineUrl !== undefined && (onlineUrl.length > MAX_URL || !/^https?:\/\/\S+$/i.test(onlineUrl)))
    return fail('schedule.errors.url', { text: onlineUrl });
  const rest: PlannedSession = { ...planned };
  delete rest.place;
  delete rest.onlineUrl;
  return ok({
    ...rest,
    id: plannedSessionId(planned.communityId, start),
    sequence: planned.sequence + 1,
    start: start.toISOString(),
    end: zonedTimeToUtc(localDate, localEnd, planned.timeZone).toISOString(),
    localDate,
    localStart,
    localEnd,
    format,
    closing: format === 'closing',
    ...(place ? { place } : {}),
    ...(onlineUrl ? { onlineUrl } : {}),
    topics: topics ?? planned.topics,
  });
}
