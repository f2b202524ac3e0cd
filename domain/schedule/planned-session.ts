import { collection } from '../collection';
import type { FormatId } from '../session/formats';
import type { LocalDate, LocalTime } from './local-date';

/**
 * The collection of planned sessions; ids `<communityId>/<start ISO UTC>` list a community's schedule in time order.
 */
export const SCHEDULE_COLLECTION = 'schedule';

/** A topic of the community's prioritised list, as it was when the session was planned. */
export interface PlannedTopic {
  id: string;
  title: string;
}

/** A session on the schedule: when, where and what, before it is held. */
export interface PlannedSession {
  /** `<communityId>/<start>`: changes when the session is moved, so a moved session is reminded of afresh. */
  id: string;
  /** Stays when the session is moved: the calendar event's UID and the key in its download URL. */
  key: string;
  /** Raised on every change, so calendars take the new version of the event. */
  sequence: number;
  communityId: string;
  /** ISO instants in UTC. */
  start: string;
  end: string;
  /**
   * The zone its wall-clock times were planned in; `localDate`/`localStart`/`localEnd` are what the facilitator typed.
   */
  timeZone: string;
  localDate: LocalDate;
  localStart: LocalTime;
  localEnd: LocalTime;
  format: FormatId;
  /** Free text: a room, a school, an address. */
  place?: string;
  /** An http(s) link for online sessions. */
  onlineUrl?: string;
  topics: PlannedTopic[];
  /** The closing session (format `closing`): its impact questionnaire goes out ahead. */
  closing: boolean;
  /** Set when the session came from a recurring pattern (one `/plan` command). */
  seriesId?: string;
  plannedBy: string;
  plannedAt: string;
}

export const plannedSessions = collection<PlannedSession>(SCHEDULE_COLLECTION);

export const plannedSessionId = (communityId: string, start: Date): string => `${communityId}/${start.toISOString()}`;

/** The prefix under which a community's planned sessions list. */
export const schedulePrefix = (communityId: string): string => `${communityId}/`;
