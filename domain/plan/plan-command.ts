import type { Deps } from '../ports';
import { removePlannedOn } from '../schedule/edit-schedule';
import { facilitatorCheck } from '../schedule/facilitator-check';
import { parsePlanCommand } from './plan-parser';
import { planSessions, type PlanOutcome } from '../schedule/plan-sessions';
import type { PlannedSession } from '../schedule/planned-session';
import type { Result } from '../errors';
import type { ScheduleSettings } from '../schedule/schedule-settings';
import { scheduleSettings, setReminderSettings } from '../schedule/schedule-settings-use-cases';
import { localDateAt } from '../schedule/zoned-time';

export type PlanCommandOutcome =
  | { action: 'plan'; outcome: PlanOutcome }
  | { action: 'remove'; removed: PlannedSession[] }
  | { action: 'settings'; settings: ScheduleSettings };

/**
 * The whole of `/plan <text>` (`/plannen`): checks the actor is a facilitator, reads the text (see
 * `parsePlanCommand`) and plans, cancels or changes the settings. Errors carry the i18n key of a
 * message that shows the expected form.
 */
export async function runPlanCommand(
  deps: Deps,
  input: { communityId: string; actorId: string; text: string },
): Promise<Result<PlanCommandOutcome>> {
  const allowed = await facilitatorCheck(deps, input.communityId, input.actorId);
  if (!allowed.ok) return allowed;
  const settings = await scheduleSettings(deps, input.communityId);
  const parsed = parsePlanCommand(input.text, localDateAt(deps.clock.now(), settings.timeZone));
  if (!parsed.ok) return parsed;
  const command = parsed.value;
  const target = { communityId: input.communityId, actorId: input.actorId };
  switch (command.action) {
    case 'plan': {
      const planned = await planSessions(deps, { ...target, request: command.request });
      return planned.ok ? { ok: true, value: { action: 'plan', outcome: planned.value } } : planned;
    }
    case 'remove': {
      const removed = await removePlannedOn(deps, { ...target, dates: command.dates });
      return removed.ok ? { ok: true, value: { action: 'remove', removed: removed.value } } : removed;
    }
    case 'settings': {
      const changed = await setReminderSettings(deps, { ...target, change: command.change });
      return changed.ok ? { ok: true, value: { action: 'settings', settings: changed.value } } : changed;
    }
  }
}
