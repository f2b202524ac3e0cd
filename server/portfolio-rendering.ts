import { buildYearPortfolio } from '../domain/report/year/build-year-portfolio';
import type { Deps } from '../domain/ports';
import { portfolioFileBase, renderYearPortfolio } from '../report/year/render-portfolio';
import { FilingError, type RenderedReport } from './filing';

/** The year portfolio of a community's school year, for the filing worker: the PDF and the first page as PNG. */
export async function renderYearPortfolioFiles(
  deps: Deps,
  communityId: string,
  schoolYear: string,
): Promise<RenderedReport> {
  const model = await buildYearPortfolio(deps, communityId, schoolYear);
  if (!model.ok) throw FilingError.permanent('sessionGone', model.error.code);
  const rendered = await renderYearPortfolio(model.value, { pngs: 'first' });
  return {
    fileBase: portfolioFileBase(model.value),
    pdf: rendered.pdf,
    png: rendered.pages[0] ?? Buffer.alloc(0),
    language: model.value.language,
  };
}
