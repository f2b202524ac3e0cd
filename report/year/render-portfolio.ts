import { renderAsync } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { YearPortfolioModel } from '../../domain/report/year/year-model';
import { translator } from '../../i18n/t';
import { FONT_FAMILY, fontData, fontFiles } from '../fonts';
import { PAGE, PNG_WIDTH } from '../theme';
import { drawPortfolio } from './draw-portfolio';

const A4 = { width: 595.28, height: 841.89 };
const BOLD = `${FONT_FAMILY}-Bold`;

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
  const [pages, pdf] = await Promise.all([Promise.all(drawn.map(toPng)), toPdf(svgs, model)]);
  return { pdf, pages };
}

/** The files' name without extension: "<community> - Jaarportfolio 2026-2027", "<community> - Year portfolio …". */
export const portfolioFileBase = (model: YearPortfolioModel): string =>
  translator(model.language)('portfolio.fileBase', { community: model.community.name, year: model.schoolYear });

async function toPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: PNG_WIDTH },
    font: {
      loadSystemFonts: false,
      fontFiles: fontFiles(),
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    background: '#ffffff',
    logLevel: 'off',
  });
  return image.asPng();
}

function toPdf(svgs: string[], model: YearPortfolioModel): Promise<Buffer> {
  const t = translator(model.language);
  const doc = new PDFDocument({
    size: [A4.width, A4.height],
    margin: 0,
    autoFirstPage: false,
    lang: model.language === 'nl' ? 'nl-BE' : 'en-GB',
    displayTitle: true,
    info: {
      Title: t('portfolio.documentTitle', { community: model.community.name, year: model.schoolYear }),
      Author: 'Leerkring',
      Creator: 'Leerkring',
    },
  });
  doc.registerFont(FONT_FAMILY, fontData('regular'));
  doc.registerFont(BOLD, fontData('bold'));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const svg of svgs) {
    doc.addPage({ size: [A4.width, A4.height], margin: 0 });
    SVGtoPDF(doc, svg, 0, 0, {
      width: A4.width,
      height: (A4.width * PAGE.height) / PAGE.width,
      fontCallback: (_family, bold) => (bold ? BOLD : FONT_FAMILY),
    });
  }
  doc.end();
  return done;
}
