import type { ReportModel } from '../domain/report/report-model';
import { translator } from '../i18n/t';
import { drawReport } from './draw-report';
import type { Drawing } from './page';
import { A4, svgsToPdf, svgToPng } from './svg-output';
import { PAGE } from './theme';

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
  const [png, pdf] = await Promise.all([svgToPng(drawing.svg), toPdf(drawing, model)]);
  return { pdf, ...png };
}

/** The files' name without extension: "2026-11-22 Bijeenkomst 3", "2026-11-22 Session 3". */
export const reportFileBase = (model: ReportModel): string =>
  translator(model.language)('report.fileBase', { date: model.session.date, number: model.session.number });

function toPdf(drawing: Drawing, model: ReportModel): Promise<Buffer> {
  const title = translator(model.language)('report.documentTitle', {
    community: model.community.name,
    number: model.session.number,
    date: model.session.date,
  });
  // A page taller than A4 (a session with very much to show) keeps A4's width and scale.
  const size: [number, number] = [A4.width, (A4.height * drawing.height) / PAGE.height];
  return svgsToPdf([{ svg: drawing.svg, size }], { title, language: model.language });
}
