import type { Deps } from '../ports';
import type { Session } from '../session/session';
import { plannedSessions, schedulePrefix, type PlannedSession } from './planned-session';
import type { LocalDate } from './local-date';

/** A planned session with the number it will have when it is held ("Session 4"). */
export interface NumberedPlannedSession extends PlannedSession {
  number: number;
}

/** A session started this long before a planned one's start still counts as holding it. */
const EARLY_START_MS = 3 * 3_600_000;

/** Every planned session of the community, past ones too, in time order. */
export async function allPlanned(deps: Deps, communityId: string): Promise<PlannedSession[]> {
  return (await deps.store.documents.list(plannedSessions, schedulePrefix(communityId))).map((d) => d.value);
}

/**
 * Numbers upcoming planned sessions after the sessions already held: with 3 held, the next planned
 * one is session 4. A planned session that the latest session was started for (up to 3 hours
 * early, or while it runs) takes that session's number, unless that session ended before the
 * planned one was to start: then it was another meeting.
 */
export function numbered(upcoming: readonly PlannedSession[], latest: Session | undefined): NumberedPlannedSession[] {
  let number = latest?.number ?? 0;
  return upcoming.map((planned) => ({
    ...planned,
    number: latest && holds(latest, planned) ? latest.number : ++number,
  }));
}

function holds(session: Session, planned: PlannedSession): boolean {
  if (!session.startedAt) return false;
  const startedAt = Date.parse(session.startedAt);
  const endedEarlier = session.state.kind === 'ended' && Date.parse(session.state.endedAt) <= Date.parse(planned.start);
  return (
    !endedEarlier && startedAt >= Date.parse(planned.start) - EARLY_START_MS && startedAt <= Date.parse(planned.end)
  );
}

/** The schedule as members see it: the sessions that have not ended yet, in time order, numbered. */
export async function listSchedule(deps: Deps, communityId: string): Promise<NumberedPlannedSession[]> {
  const now = deps.clock.now().getTime();
  const upcoming = (await allPlanned(deps, communityId)).filter((p) => Date.parse(p.end) > now);
  return numbered(upcoming, (await deps.store.sessions.latest(communityId))?.value);
}

/** The planned session being held now: started up to 3 hours early, or under way. */
export async function plannedSessionNow(deps: Deps, communityId: string): Promise<PlannedSession | undefined> {
  const now = deps.clock.now().getTime();
  return (await allPlanned(deps, communityId)).find(
    (p) => now >= Date.parse(p.start) - EARLY_START_MS && now <= Date.parse(p.end),
  );
}

/** The next planned session that has not started yet. */
export async function nextPlannedSession(deps: Deps, communityId: string): Promise<NumberedPlannedSession | undefined> {
  const now = deps.clock.now().getTime();
  return (await listSchedule(deps, communityId)).find((p) => Date.parse(p.start) > now);
}

/** The date of the next planned session in the community's zone: the natural due date of a new action. */
export async function nextSessionDate(deps: Deps, communityId: string): Promise<LocalDate | undefined> {
  const next = await nextPlannedSession(deps, communityId);
  return next?.localDate;
}

/** A planned session by its key (the one in its calendar link), numbered when it is still to come. */
export async function findPlannedSession(
  deps: Deps,
  communityId: string,
  key: string,
): Promise<NumberedPlannedSession | PlannedSession | undefined> {
  const upcoming = (await listSchedule(deps, communityId)).find((p) => p.key === key);
  return upcoming ?? (await allPlanned(deps, communityId)).find((p) => p.key === key);
}
