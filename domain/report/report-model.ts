import type { ActionItem } from '../activities/actions/actions';
import type { CheckInSummary, CheckInVariant } from '../activities/check-in/check-in';
import type { RankedIdea } from '../activities/dot-vote/dot-vote';
import type { PrioritisedTopic } from '../activities/rank/rank';
import type { QuestionResult } from '../activities/survey/survey';
import type { CommunityKind, Language } from '../community/community';
import type { ActivityKind, FormatId } from '../session/formats';

/**
 * Everything the one-page visual report of a session shows, computed from the store. Labels are keys
 * (phase, category, mood, survey question): the renderer translates them into the community's language.
 * What members typed is kept as typed; the renderer escapes and shortens it.
 */
export interface ReportModel {
  language: Language;
  community: { id: string; name: string; theme: string; kind: CommunityKind; driverGoal: string };
  session: ReportSession;
  attendance: Attendance;
  checkIn: CheckInChart;
  /** Every board of the session (brainstorms, agreements, retrospective, check-out), in agenda order. */
  boards: BoardSummary[];
  votes: VoteSummary[];
  /** The ideas that came out on top of each revealed vote (ties included). */
  decisions: string[];
  /** The community's prioritised topic list as it stands after this session, if it has one. */
  topics?: TopicSummary;
  actions: ReportAction[];
  introductions: { name: string; programme: string }[];
  /** Average driver rating per session of the community, up to this one. */
  driverTrend: DriverPoint[];
  /** Only in a session with a survey phase: aggregates, and only from the anonymity threshold on. */
  survey?: SurveySummary;
  next: NextSessionSummary;
  generatedAt: string;
}

export interface ReportSession {
  id: string;
  number: number;
  format: FormatId;
  /** The day the session took place (YYYY-MM-DD, in the community's time zone). */
  date: string;
  state: 'planned' | 'running' | 'ended';
  /** The agenda's phase keys, for a strip of what was done. */
  phases: { key: string; activity: ActivityKind }[];
}

export interface Attendance {
  /** Names of those who took part (checked in or contributed), alphabetical. */
  present: string[];
  /** Members of the community who may take part (observers not counted). */
  members: number;
}

/** The room's check-in: the session's variant (weather, colour, word) and the counts of each. */
export interface CheckInChart {
  variant: CheckInVariant;
  summary: CheckInSummary;
  checkIns: number;
  late: number;
}

export interface PostItGroup {
  /** `cluster`: a name the members gave; `category`: a key of the board; `none`: the board has neither. */
  kind: 'cluster' | 'category' | 'none';
  label: string;
  items: { id: string; text: string }[];
}

export interface BoardSummary {
  phaseIndex: number;
  phaseKey: string;
  activity: ActivityKind;
  /** The facilitator's question for the board, when they gave one. */
  prompt?: string;
  /** Post-its on the board; those a facilitator dropped while condensing are left out. */
  total: number;
  groups: PostItGroup[];
}

export interface VoteSummary {
  phaseIndex: number;
  phaseKey: string;
  voters: number;
  /** Results exist only once revealed (or once the session ended). */
  results?: RankedIdea[];
}

export interface TopicSummary {
  /** In the community's order; a topic may be planned into a session (by number). */
  topics: (PrioritisedTopic & { plannedSession?: number })[];
  rankers: number;
  /** False while a facilitator has not yet published the ranking of this session. */
  published: boolean;
}

export interface ReportAction extends ActionItem {
  id: string;
}

export interface DriverPoint {
  sessionNumber: number;
  date: string;
  count: number;
  /** Only from the anonymity threshold on. */
  average?: number;
}

export interface SurveySummary {
  answers: number;
  /** Undefined while fewer than the threshold answered: then nothing of the answers is shown. */
  results?: QuestionResult[];
  /** How many open answers were given (their text stays out of the report: it could give someone away). */
  openAnswers: number;
}

/** What the schedule knows of the next session; all optional. */
export interface NextSessionInfo {
  date?: string;
  time?: string;
  place?: string;
  topic?: string;
}

export interface NextSessionSummary extends NextSessionInfo {
  /** Agenda items members suggested at the check-out. */
  suggestions: string[];
}
