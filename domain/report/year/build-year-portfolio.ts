import { communityTopics } from '../../activities/rank/rank-use-cases';
import type { PlannedTopic } from '../../community/topics';
import { driverHistory, type DriverVersion } from '../../driver/edit-driver';
import { fail, ok, type Result } from '../../errors';
import type { Deps } from '../../ports';
import type { Session } from '../../session/session';
import { DEFAULT_TIME_ZONE, localDateAt } from '../../schedule/zoned-time';
import { buildReportModel } from '../build-report-model';
import { driverTrend } from '../driver-trend';
import type { ReportModel } from '../report-model';
import { schoolYearOf } from './school-year';
import { yearAttendance, yearSession } from './year-sessions';
import type { DriverSnapshot, YearDriver, YearPortfolioModel, YearTopic } from './year-model';

/** The day a session was held, in the community's time zone. */
const dayOf = (session: Session): string | undefined =>
  session.startedAt ? localDateAt(new Date(session.startedAt), DEFAULT_TIME_ZONE) : undefined;

/**
 * The year portfolio of a community: every session it held in `schoolYear` (`2026-2027`), each read as its own
 * session report reads it (so the same rules apply: revealed votes only, the survey's anonymity threshold), then
 * gathered. Reads the store only.
 */
export async function buildYearPortfolio(
  deps: Deps,
  communityId: string,
  schoolYear: string,
): Promise<Result<YearPortfolioModel>> {
  const community = (await deps.store.communities.get(communityId))?.value;
  if (!community) return fail('errors.session.unknown');
  const held = (await deps.store.sessions.list(communityId))
    .map((s) => s.value)
    .filter((s) => s.state.kind !== 'planned' && schoolYearOf(dayOf(s) ?? '') === schoolYear);
  const reports: ReportModel[] = [];
  for (const session of held) {
    const model = await buildReportModel(deps, session.id);
    if (model.ok) reports.push(model.value);
  }
  const [members, topics, history] = await Promise.all([
    deps.store.members.list(communityId),
    communityTopics(deps, communityId),
    driverHistory(deps, communityId),
  ]);
  const numbers = new Set(reports.map((r) => r.session.number));
  const planned = (topics?.topics ?? []) as PlannedTopic[];
  const withSurvey = reports.filter((r) => r.survey).at(-1);
  return ok({
    language: community.language,
    community: { id: community.id, name: community.name, theme: community.theme, kind: community.kind },
    schoolYear,
    driver: await yearDriver(deps, communityId, history, numbers),
    sessions: reports.map((r) => yearSession(r, planned)),
    topics: planned.map((t): YearTopic => ({
      text: t.text,
      rank: t.rank,
      points: t.points,
      takenUpIn: t.plannedSession !== undefined && numbers.has(t.plannedSession) ? [t.plannedSession] : [],
    })),
    actions: reports.flatMap((r) => r.actions.map((a) => ({ ...a, sessionNumber: r.session.number }))),
    ...(withSurvey?.survey ? { survey: { ...withSurvey.survey, sessionNumber: withSurvey.session.number } } : {}),
    attendance: yearAttendance(reports, members),
    generatedAt: deps.clock.now().toISOString(),
  });
}

async function yearDriver(
  deps: Deps,
  communityId: string,
  history: DriverVersion[],
  numbers: Set<number>,
): Promise<YearDriver> {
  const snapshot = (v: DriverVersion): DriverSnapshot => ({
    driver: v.driver,
    at: v.at,
    byName: v.byName,
    revision: v.revision,
  });
  const first = history[0];
  const last = history.at(-1);
  const trend = (await driverTrend(deps, communityId, Number.MAX_SAFE_INTEGER)).filter((p) =>
    numbers.has(p.sessionNumber),
  );
  return {
    ...(first ? { first: snapshot(first) } : {}),
    ...(last && last !== first ? { final: snapshot(last) } : {}),
    revisions: history.length,
    trend,
  };
}
