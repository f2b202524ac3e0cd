/**
 * The visual report for `npm run bench`: building the report model from a real (in-memory SQLite)
 * store and rendering it as PDF and PNG, for a session of 15 members with 100 post-its and one of 40
 * members with 300 post-its. Target: the first within 1 s. Each figure is the median of a few runs
 * after one unmeasured warm-up (fonts loaded, code compiled). Sessions are made with the domain's own
 * use cases (tests/unit/report/sample-session.ts), untimed.
 *
 * `npx tsx bench/report.ts` prints a table; `benchReport()` returns the figures.
 * Settings (environment): BENCH_REPORT_RUNS=5
 */
import { performance } from 'node:perf_hooks';
import { buildReportModel } from '../domain/report/build-report-model';
import { drawReport } from '../report/draw-report';
import { renderReport } from '../report/render-report';
import { sampleSession, type SampleOptions } from '../tests/unit/report/sample-session';

export interface ReportFigures {
  members: number;
  postIts: number;
  /** Median milliseconds: reading the store into the model, drawing the SVG, PDF + PNG from it, and all of it. */
  modelMs: number;
  drawMs: number;
  renderMs: number;
  totalMs: number;
  pdfKb: number;
  pngKb: number;
}

export const REPORT_TARGET_MS = 1000;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const round = (ms: number): number => Math.round(ms * 10) / 10;

async function measure(
  options: SampleOptions & { members: number; postIts: number },
  runs: number,
): Promise<ReportFigures> {
  const sample = await sampleSession({ ...options, clustered: true });
  const times = { model: [] as number[], draw: [] as number[], render: [] as number[], total: [] as number[] };
  let sizes = { pdf: 0, png: 0 };
  try {
    for (let run = 0; run <= runs; run++) {
      const start = performance.now();
      const model = await buildReportModel(sample.deps, sample.sessionId);
      if (!model.ok) throw new Error(model.error.code);
      const built = performance.now();
      drawReport(model.value); // timed apart only: renderReport draws it again itself
      const drawn = performance.now();
      const { pdf, png } = await renderReport(model.value);
      const done = performance.now();
      sizes = { pdf: pdf.length, png: png.length };
      if (run === 0) continue; // warm-up
      times.model.push(built - start);
      times.draw.push(drawn - built);
      times.render.push(done - drawn);
      times.total.push(built - start + (done - drawn));
    }
  } finally {
    await sample.deps.store.close();
  }
  return {
    members: options.members,
    postIts: options.postIts,
    modelMs: round(median(times.model)),
    drawMs: round(median(times.draw)),
    renderMs: round(median(times.render)),
    totalMs: round(median(times.total)),
    pdfKb: Math.round(sizes.pdf / 1024),
    pngKb: Math.round(sizes.png / 1024),
  };
}

/** Report rendering time for a session of 15 members / 100 post-its (`small`) and 40 / 300 (`large`). */
export async function benchReport(
  runs = Number(process.env.BENCH_REPORT_RUNS ?? 5),
): Promise<{ small: ReportFigures; large: ReportFigures }> {
  const small = await measure({ members: 15, postIts: 100 }, runs);
  const large = await measure({ members: 40, postIts: 300 }, runs);
  return { small, large };
}

export function reportTable({ small, large }: { small: ReportFigures; large: ReportFigures }): string {
  const row = (f: ReportFigures) => {
    const what = `${f.members} members, ${f.postIts} post-its`.padEnd(28);
    const times = String(f.modelMs).padStart(8) + String(f.renderMs).padStart(14) + String(f.totalMs).padStart(10);
    return `${what}${times}   ${f.pdfKb} KB PDF, ${f.pngKb} KB PNG`;
  };
  const verdict = small.totalMs <= REPORT_TARGET_MS ? 'within' : 'OVER';
  return [
    'report (median ms)          model   PDF + PNG     total',
    row(small),
    row(large),
    `target: ≤ ${REPORT_TARGET_MS} ms for 15 members / 100 post-its: ${verdict} ` +
      `(${small.totalMs} ms; drawing the SVG alone ${small.drawMs} ms)`,
  ].join('\n');
}

if (require.main === module) {
  benchReport()
    .then((figures) => {
      console.log(reportTable(figures));
      console.log(JSON.stringify({ report: figures }));
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
