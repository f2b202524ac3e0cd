import type { Deps } from '../ports';
import { facilitatorCheck } from './facilitator-check';
import { retryOnConflict } from '../concurrency';
import { fail, ok, type Result } from '../errors';
import type { ScheduleSettings } from './schedule-settings';
import {
  communityScheduleSettings,
  defaultScheduleSettings,
  MAX_OFFSETS,
  MAX_OFFSET_MINUTES,
  MAX_SURVEY_LEAD_DAYS,
  sortedOffsets,
} from './schedule-settings';
import { isTimeZone } from './zoned-time';

/** The community's schedule settings: what it stored over the defaults (Europe/Brussels; 2 days and 1 hour before). */
export async function scheduleSettings(deps: Deps, communityId: string): Promise<ScheduleSettings> {
  return (await deps.store.documents.get(communityScheduleSettings, communityId))?.value ?? defaultScheduleSettings();
}

/**
 * Changes reminder settings (on/off, offsets, action reminders, the questionnaire's lead time and
 * anonymity) or the time zone. Facilitators only. A new time zone applies to sessions planned from
 * then on; sessions already planned keep the instant they were planned for.
 */
export async function setReminderSettings(
  deps: Deps,
  input: { communityId: string; actorId: string; change: Partial<ScheduleSettings> },
): Promise<Result<ScheduleSettings>> {
  const allowed = await facilitatorCheck(deps, input.communityId, input.actorId);
  if (!allowed.ok) return allowed;
  const invalid = invalidChange(input.change);
  if (invalid) return invalid;
  return retryOnConflict(async () => {
    const stored = await deps.store.documents.get(communityScheduleSettings, input.communityId);
    const next: ScheduleSettings = { ...(stored?.value ?? defaultScheduleSettings()), ...input.change };
    if (input.change.offsetsMinutes) next.offsetsMinutes = sortedOffsets(input.change.offsetsMinutes);
    const saved = await deps.store.documents.save(
      communityScheduleSettings,
      input.communityId,
      next,
      stored?.version ?? null,
    );
    return saved.ok ? ok(next) : 'conflict';
  });
}

function invalidChange(change: Partial<ScheduleSettings>): Result<never> | undefined {
  if (change.timeZone !== undefined && !isTimeZone(change.timeZone))
    return fail('schedule.errors.timeZone', { zone: change.timeZone });
  const offsets = change.offsetsMinutes;
  if (
    offsets !== undefined &&
    (offsets.length > MAX_OFFSETS || offsets.some((m) => !Number.isInteger(m) || m < 1 || m > MAX_OFFSET_MINUTES))
  ) {
    return fail('schedule.errors.offsets', { text: offsets.join(', ') });
  }
  const lead = change.surveyLeadDays;
  if (lead !== undefined && (!Number.isInteger(lead) || lead < 1 || lead > MAX_SURVEY_LEAD_DAYS))
    return fail('schedule.errors.questionnaire', { text: String(lead) });
  return undefined;
}
