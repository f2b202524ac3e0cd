import { buildReportModel } from '../domain/report/build-report-model';
import type { NextSessionInfo } from '../domain/report/report-model';
import type { Deps } from '../domain/ports';
import { nextPlannedSession } from '../domain/schedule/schedule-queries';
import { renderReport, reportFileBase } from '../report/render-report';
import { FilingError, type RenderReport } from './filing';
import { renderYearPortfolioFiles } from './portfolio-rendering';

/**
 * The filing worker's renderer: the report model from the store, the schedule's next session, then PDF and PNG; a
 * job that files the year portfolio gets the portfolio.
 */
export function reportRenderer(deps: Deps): RenderReport {
  return async (sessionId, job) => {
    if (job?.document.kind === 'year-portfolio')
      return renderYearPortfolioFiles(deps, job.target.communityId, job.document.schoolYear);
    const session = await deps.store.sessions.get(sessionId);
    const next = session ? await nextPlannedSession(deps, session.value.communityId) : undefined;
    const nextSession: NextSessionInfo | undefined = next
      ? {
          date: next.localDate,
          time: next.localStart,
          ...(next.place ? { place: next.place } : {}),
          ...(next.topics[0] ? { topic: next.topics[0].title } : {}),
        }
      : undefined;
    const model = await buildReportModel(deps, sessionId, nextSession ? { nextSession } : undefined);
    if (!model.ok) throw FilingError.permanent('sessionGone', model.error.code);
    const rendered = await renderReport(model.value);
    return {
      fileBase: reportFileBase(model.value),
      pdf: rendered.pdf,
      png: rendered.png,
      language: model.value.language,
    };
  };
}
