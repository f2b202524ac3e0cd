import type { Phase } from '../session/formats';
import type { LocalDate } from './local-date';
import type { NumberedPlannedSession } from './schedule-queries';

/** An open action as a reminder carries it (its `what` is member text: render it escaped, never log it). */
export interface OpenAction {
  sessionId: string;
  actionId: string;
  what: string;
  ownerId: string;
  ownerName: string;
  due: LocalDate;
}

interface ReminderBase {
  /**
   * Stable, so that it is claimed and sent once: `session/<plannedId>/P2D`, `action/…/<local date>`,
   * `survey/<plannedId>`, `survey-closed/<plannedId>`.
   */
  id: string;
  communityId: string;
  planned: NumberedPlannedSession;
  /** When it was due (ISO); a reminder sent after downtime is later than this. */
  dueAt: string;
}

/** Before a session, in the channel: its agenda, topics, where, and every member's open actions. */
export interface SessionReminder extends ReminderBase {
  kind: 'session';
  offsetMinutes: number;
  agenda: Phase[];
  openActions: OpenAction[];
}

/** A personal reminder to an action's owner (1:1 where the bot is installed for them, else a mention). */
export interface ActionReminder extends ReminderBase {
  kind: 'action';
  action: OpenAction;
  /** The community's local day it is for: at most one reminder per action per day. */
  localDay: LocalDate;
}

/** The closing session's impact questionnaire, sent ahead; answers are due by the session's start. */
export interface SurveyReminder extends ReminderBase {
  kind: 'closing-survey';
  deadline: string;
  anonymous: boolean;
}

/** At the closing session's start, its deadline: the questionnaire's card in the channel says it is closed. */
export interface SurveyClosedReminder extends ReminderBase {
  kind: 'closing-survey-closed';
}

export type Reminder = SessionReminder | ActionReminder | SurveyReminder | SurveyClosedReminder;
