import { renderAsync } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { ReportModel } from '../domain/report/report-model';
import { translator } from '../i18n/t';
import { drawReport } from './draw-report';
import { FONT_FAMILY, fontData, fontFiles } from './fonts';
import type { Drawing } from './page';
import { PAGE, PNG_WIDTH } from './theme';

/** A4 in PDF points. */
const A4 = { width: 595.28, height: 841.89 };

export interface RenderedReport {
  pdf: Buffer;
  png: Buffer;
  /** Of the PNG, in pixels. */
  width: number;
  height: number;
}

/** The report as a PDF (vector, Inter embedded) and a PNG preview, both from the same drawing. */
export async function renderReport(model: ReportModel): Promise<RenderedReport> {
  const drawing = drawReport(model);
  const [png, pdf] = await Promise.all([toPng(drawing), toPdf(drawing, model)]);
  return { pdf, ...png };
}

/** The files' name without extension: "2026-11-22 Bijeenkomst 3", "2026-11-22 Session 3". */
export const reportFileBase = (model: ReportModel): string =>
  translator(model.language)('report.fileBase', { date: model.session.date, number: model.session.number });

async function toPng(drawing: Drawing): Promise<{ png: Buffer; width: number; height: number }> {
  const image = await renderAsync(drawing.svg, {
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
  return { png: image.asPng(), width: image.width, height: image.height };
}

const BOLD = `${FONT_FAMILY}-Bold`;

function toPdf(drawing: Drawing, model: ReportModel): Promise<Buffer> {
  const t = translator(model.language);
  // A page taller than A4 (a session with very much to show) keeps A4's width and scale.
  const size: [number, number] = [A4.width, (A4.height * drawing.height) / PAGE.height];
  const doc = new PDFDocument({
    size,
    margin: 0,
    lang: model.language === 'nl' ? 'nl-BE' : 'en-GB',
    displayTitle: true,
    info: {
      Title: t('report.documentTitle', {
        community: model.community.name,
        number: model.session.number,
        date: model.session.date,
      }),
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
  SVGtoPDF(doc, drawing.svg, 0, 0, {
    width: size[0],
    height: size[1],
    fontCallback: (_family, bold) => (bold ? BOLD : FONT_FAMILY),
  });
  doc.end();
  return done;
}
