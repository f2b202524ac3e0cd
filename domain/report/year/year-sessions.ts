import type { Membership } from '../../community/community';
import type { PlannedTopic } from '../../community/topics';
import type { ReportModel } from '../report-model';
import type { YearAttendance, YearSession } from './year-model';

/** A session of the year in a few lines, from its own report's model. */
export function yearSession(report: ReportModel, topics: readonly PlannedTopic[]): YearSession {
  const number = report.session.number;
  return {
    number,
    format: report.session.format,
    date: report.session.date,
    present: report.attendance.present.length,
    members: report.attendance.members,
    postIts: report.boards.reduce((n, b) => n + b.total, 0),
    decisions: report.decisions,
    topics: topics.filter((t) => t.plannedSession === number).map((t) => t.text),
    actions: report.actions.length,
    ...(report.survey ? { surveyAnswers: report.survey.answers } : {}),
  };
}

/** Who came how often (members who are not observers, most sessions first), and the average share present. */
export function yearAttendance(reports: readonly ReportModel[], members: readonly Membership[]): YearAttendance {
  const counted = members.filter((m) => m.role !== 'observer');
  const times = new Map<string, number>();
  for (const report of reports)
    for (const name of report.attendance.present) times.set(name, (times.get(name) ?? 0) + 1);
  const shares = reports
    .filter((r) => r.attendance.members > 0)
    .map((r) => r.attendance.present.length / r.attendance.members);
  return {
    members: counted
      .map((m) => ({ name: m.name, sessions: times.get(m.name) ?? 0 }))
      .sort((a, b) => b.sessions - a.sessions || a.name.localeCompare(b.name)),
    ...(shares.length ? { averageShare: Math.min(1, shares.reduce((a, b) => a + b, 0) / shares.length) } : {}),
  };
}
