import type { CommunityKind, Language } from '../../community/community';
import type { Driver } from '../../driver/driver';
import type { FormatId } from '../../session/formats';
import type { DriverPoint, ReportAction, SurveySummary } from '../report-model';

/**
 * Everything the year portfolio shows: the whole school year of one community, computed from the store. Like the
 * session report's model, labels are keys and what members typed is kept as typed (the renderer escapes it).
 */
export interface YearPortfolioModel {
  language: Language;
  community: { id: string; name: string; theme: string; kind: CommunityKind };
  /** `2026-2027`. */
  schoolYear: string;
  driver: YearDriver;
  /** Every session held in the school year, first one first. */
  sessions: YearSession[];
  topics: YearTopic[];
  actions: YearAction[];
  /** The impact survey of the year (the last session with a survey), under the survey's own anonymity rules. */
  survey?: SurveySummary & { sessionNumber: number };
  attendance: YearAttendance;
  generatedAt: string;
}

/** One saved version of the driver canvas: the first and the last of the year are shown. */
export interface DriverSnapshot {
  driver: Driver;
  at: string;
  byName: string;
  revision: number;
}

export interface YearDriver {
  /** The first version saved (the start session's); undefined when nobody ever saved the canvas. */
  first?: DriverSnapshot;
  /** The version as it stands; undefined when it is the first one (nothing changed since). */
  final?: DriverSnapshot;
  /** How many versions were saved in all. */
  revisions: number;
  /** The members' average rating toward the driver, per session of the year. */
  trend: DriverPoint[];
}

export interface YearSession {
  number: number;
  format: FormatId;
  date: string;
  present: number;
  members: number;
  postIts: number;
  /** What came out on top of the session's dot-votes. */
  decisions: string[];
  /** The topics planned into this session. */
  topics: string[];
  actions: number;
  /** The survey's answer count, when the session had a survey. */
  surveyAnswers?: number;
}

export interface YearTopic {
  text: string;
  rank: number;
  points: number;
  /** Numbers of the sessions of the year that took the topic up. */
  takenUpIn: number[];
}

export interface YearAction extends ReportAction {
  sessionNumber: number;
}

export interface YearAttendance {
  /** Per member (observers not counted): in how many of the year's sessions they took part. */
  members: { name: string; sessions: number }[];
  /** Average share of members present per session, 0 to 1; undefined without sessions. */
  averageShare?: number;
}
