import type { YearPortfolioModel } from '../../domain/report/year/year-model';
import { translator } from '../../i18n/t';
import { A4, svgsToPdf, svgToPng } from '../svg-output';
import { PAGE } from '../theme';
import { drawPortfolio } from './draw-portfolio';

export interface RenderedPortfolio {
  /** One A4 page per page of the portfolio (vector, Inter embedded). */
  pdf: Buffer;
  /** Each page as a PNG, `PNG_WIDTH` wide (only the first with `{ pngs: 'first' }`). */
  pages: Buffer[];
}

/**
 * The year portfolio as a multi-page PDF and a PNG of each page, all from the same drawing. The filer needs only the
 * first page's PNG (the card's preview): `{ pngs: 'first' }` spares drawing the others.
 */
export async function renderYearPortfolio(
  model: YearPortfolioModel,
  options: { pngs: 'all' | 'first' } = { pngs: 'all' },
): Promise<RenderedPortfolio> {
  const svgs = drawPortfolio(model);
  const drawn = options.pngs === 'first' ? svgs.slice(0, 1) : svgs;
  const [pages, pdf] = await Promise.all([
    Promise.all(drawn.map(async (svg) => (await svgToPng(svg)).png)),
    toPdf(svgs, model),
  ]);
  return { pdf, pages };
}

/** The files' name without extension: "<community> - Jaarportfolio 2026-2027", "<community> - Year portfolio …". */
export const portfolioFileBase = (model: YearPortfolioModel): string =>
  translator(model.language)('portfolio.fileBase', { community: model.community.name, year: model.schoolYear });

function toPdf(svgs: string[], model: YearPortfolioModel): Promise<Buffer> {
  const title = translator(model.language)('portfolio.documentTitle', {
    community: model.community.name,
    year: model.schoolYear,
  });
  const height = (A4.width * PAGE.height) / PAGE.width;
  const pages = svgs.map((svg) => ({ svg, size: [A4.width, A4.height] as [number, number], height }));
  return svgsToPdf(pages, { title, language: model.language });
}
