import { collection } from '../collection';
import { DEFAULT_TIME_ZONE } from './zoned-time';

export const SETTINGS_COLLECTION = 'schedule-settings';

/** Per community (document id = community id): its time zone and which reminders go out when. */
export interface ScheduleSettings {
  timeZone: string;
  /** Session reminders in the channel. */
  remindersOn: boolean;
  /** Minutes before a session, e.g. [2880, 60]: two days and one hour. */
  offsetsMinutes: number[];
  /** Personal reminders of open actions, at the same moments (at most one per action per day). */
  actionRemindersOn: boolean;
  /** The closing session's impact questionnaire goes out this many days ahead; its deadline is the session's start. */
  surveyLeadDays: number;
  surveyAnonymous: boolean;
}

export const DEFAULT_OFFSETS_MINUTES: readonly number[] = [2 * 24 * 60, 60];
/** The longest offset a facilitator may set: four weeks. */
export const MAX_OFFSET_MINUTES = 28 * 24 * 60;
export const MAX_OFFSETS = 4;
/** The earliest the closing questionnaire may go out: four weeks ahead. */
export const MAX_SURVEY_LEAD_DAYS = 28;

export const defaultScheduleSettings = (): ScheduleSettings => ({
  timeZone: DEFAULT_TIME_ZONE,
  remindersOn: true,
  offsetsMinutes: [...DEFAULT_OFFSETS_MINUTES],
  actionRemindersOn: true,
  surveyLeadDays: 7,
  surveyAnonymous: true,
});

/**
 * Settings stored before a setting existed (the questionnaire's lead time and anonymity came later) get its default.
 */
export const communityScheduleSettings = collection<ScheduleSettings>(SETTINGS_COLLECTION, (raw) => ({
  ...defaultScheduleSettings(),
  ...(raw as Partial<ScheduleSettings>),
}));

/** Offsets longest first, without duplicates. */
export const sortedOffsets = (offsets: readonly number[]): number[] => [...new Set(offsets)].sort((a, b) => b - a);

/**
 * An offset (at least one minute) as an ISO 8601 duration, for reminder ids:
 * 2880 → "P2D", 60 → "PT1H", 90 → "PT1H30M".
 */
export function offsetLabel(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const time = `${hours ? `${hours}H` : ''}${mins ? `${mins}M` : ''}`;
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}
