import type { FiledLinks, FilingJob } from '../../domain/report/filing';

/**
 * A session's report or a year portfolio, rendered: `fileBase` is e.g. `2026-11-22 Bijeenkomst 3` (no extension);
 * `png` is the (first) page's preview.
 */
export interface RenderedReport {
  fileBase: string;
  pdf: Buffer;
  png: Buffer;
  language: 'nl' | 'en';
}

/**
 * Renders what a job files: the report of its session, or the year portfolio its `document` asks for (the report/
 * module's renderers, wired by the server).
 */
export type RenderReport = (sessionId: string, job?: FilingJob) => Promise<RenderedReport>;

/**
 * Puts a rendered report where the community finds it, replacing the files of an earlier filing of the same session.
 * Throws a FilingError to say whether a later attempt may succeed.
 */
export interface ReportFiler {
  readonly kind: 'local' | 'graph';
  file(job: FilingJob, report: RenderedReport): Promise<FiledLinks>;
}
