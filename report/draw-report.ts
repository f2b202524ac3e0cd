import type { ReportModel } from '../domain/report/report-model';
import { translator } from '../i18n/t';
import type { Density } from './block';
import { drawPage, type Drawing } from './page';
import { PAGE } from './theme';

const DENSITIES: Density[] = [0, 1, 2];

/** The report as one SVG page in the community's language: roomy if it fits on A4, else more compact. */
export function drawReport(model: ReportModel): Drawing {
  const t = translator(model.language);
  let drawing: Drawing | undefined;
  for (const density of DENSITIES) {
    drawing = drawPage({ model, t, density });
    if (drawing.height <= PAGE.height) return drawing;
  }
  return drawing ?? drawPage({ model, t, density: 2 });
}
