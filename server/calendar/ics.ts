import { createEvents, type EventAttributes } from 'ics';
import type { Language } from '../../domain/community/community';
import type { Deps } from '../../domain/ports';
import type { PlannedSession } from '../../domain/schedule/planned-session';
import { findPlannedSession, listSchedule, type NumberedPlannedSession } from '../../domain/schedule/schedule-queries';
import { agendaFor } from '../../domain/session/formats';
import { translator } from '../../i18n/t';

/** What a calendar file says about the community. */
export interface CalendarCommunity {
  name: string;
  language: Language;
}

const PRODUCT_ID = 'leerkring/schedule';

export { calendarPath } from '../../domain/schedule/calendar-path';

/**
 * One planned session as a calendar event. Times go out in UTC, so every calendar shows them in its
 * own zone; the UID is the session's key, which stays when it is moved, and SEQUENCE rises with
 * every change, so downloading it again updates the entry instead of adding one.
 */
export function plannedSessionEvent(
  planned: PlannedSession | NumberedPlannedSession,
  community: CalendarCommunity,
): EventAttributes {
  const t = translator(community.language);
  const title =
    'number' in planned
      ? t('schedule.ics.title', { community: community.name, number: planned.number })
      : t('schedule.ics.titleUnnumbered', { community: community.name });
  const location = planned.place ?? planned.onlineUrl;
  return {
    uid: `${planned.key}@leerkring`,
    sequence: planned.sequence,
    start: Date.parse(planned.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(planned.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    title,
    description: description(planned, t),
    status: 'CONFIRMED',
    ...(location ? { location } : {}),
    ...(planned.onlineUrl ? { url: planned.onlineUrl } : {}),
  };
}

function description(planned: PlannedSession, t: ReturnType<typeof translator>): string {
  const lines = [t(`format.${planned.format}`)];
  if (planned.topics.length > 0)
    lines.push(`${t('schedule.card.topics')}: ${planned.topics.map((topic) => topic.title).join('; ')}`);
  lines.push(
    `${t('schedule.card.agenda')}: ${agendaFor(planned.format)
      .map((p) => t(`phase.${p.key}.title`))
      .join(' · ')}`,
  );
  if (planned.onlineUrl) lines.push(`${t('schedule.card.online')}: ${planned.onlineUrl}`);
  return lines.join('\n');
}

function calendar(events: EventAttributes[], community: CalendarCommunity): string {
  const t = translator(community.language);
  const { error, value } = createEvents(events, {
    productId: PRODUCT_ID,
    method: 'PUBLISH',
    calName: t('schedule.ics.calendarName', { community: community.name }),
  });
  if (error || value === null) throw error ?? new Error('ics: no calendar produced');
  return value;
}

/** An .ics file with one planned session. */
export const plannedSessionIcs = (
  planned: PlannedSession | NumberedPlannedSession,
  community: CalendarCommunity,
): string => calendar([plannedSessionEvent(planned, community)], community);

/** An .ics file with every session still to come. */
export const scheduleIcs = (
  schedule: readonly (PlannedSession | NumberedPlannedSession)[],
  community: CalendarCommunity,
): string =>
  calendar(
    schedule.map((p) => plannedSessionEvent(p, community)),
    community,
  );

export interface CalendarFile {
  filename: string;
  contentType: 'text/calendar; charset=utf-8';
  body: string;
}

/**
 * For the route `GET /calendar/:communityId/:file` where `file` is `<key>.ics` (one session) or
 * `schedule.ics` (all to come). Undefined when the community or session is unknown (answer 404).
 */
export async function calendarFile(deps: Deps, communityId: string, file: string): Promise<CalendarFile | undefined> {
  const community = (await deps.store.communities.get(communityId))?.value;
  const key = /^([A-Za-z0-9_-]{1,64})\.ics$/.exec(file)?.[1];
  if (!community || !key) return undefined;
  const about = { name: community.name, language: community.language };
  const contentType = 'text/calendar; charset=utf-8' as const;
  if (key === 'schedule')
    return {
      filename: 'leerkring-schedule.ics',
      contentType,
      body: scheduleIcs(await listSchedule(deps, communityId), about),
    };
  const planned = await findPlannedSession(deps, communityId, key);
  if (!planned) return undefined;
  return { filename: `leerkring-${planned.localDate}.ics`, contentType, body: plannedSessionIcs(planned, about) };
}
