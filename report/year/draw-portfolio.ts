import type { YearPortfolioModel } from '../../domain/report/year/year-model';
import { translator } from '../../i18n/t';
import { dateTime } from '../format';
import { actionsPart } from './actions-part';
import { attendancePart } from './attendance-part';
import { cover } from './cover';
import { driverPart } from './driver-part';
import { CONTENT, pageSvg, paginate } from './paginate';
import type { PortfolioContext } from './portfolio-part';
import { sessionsPart } from './sessions-part';
import { surveyPart } from './survey-part';
import { topicsPart } from './topics-part';

/**
 * The year portfolio as A4 pages of SVG, in the community's language: the cover with the year's figures, the driver
 * and how it changed, the sessions, the topics, the actions, the impact survey and attendance.
 */
export function drawPortfolio(model: YearPortfolioModel): string[] {
  const t = translator(model.language);
  const ctx: PortfolioContext = { model, t };
  const parts = [
    driverPart(ctx, CONTENT),
    sessionsPart(ctx, CONTENT),
    topicsPart(ctx, CONTENT),
    actionsPart(ctx, CONTENT),
    surveyPart(ctx, CONTENT),
    attendancePart(ctx, CONTENT),
  ];
  const pages = paginate(cover(ctx, CONTENT), parts, (title) => t('portfolio.continued', { title }));
  const made = dateTime(model.language, model.generatedAt);
  return pages.map((placed, i) =>
    pageSvg(
      placed,
      t('portfolio.footer', {
        community: model.community.name,
        year: model.schoolYear,
        page: i + 1,
        pages: pages.length,
        date: made,
      }),
    ),
  );
}
