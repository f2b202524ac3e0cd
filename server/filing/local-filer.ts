import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FiledLinks, FilingJob } from '../../domain/report/filing';
import { safeFileBase, safeSegment } from './file-names';
import type { RenderedReport, ReportFiler } from './report-filer';

/** The URL path under which the server serves `<dir>/<community>/<file>` (it serves `dir` at `/reports`). */
export const localReportUrlPath = (communityId: string, fileName: string): string =>
  `/reports/${encodeURIComponent(safeSegment(communityId))}/${encodeURIComponent(fileName)}`;

/**
 * Local mode: the same reports, written to `<dir>/<community id>/<file base>.pdf|.png` (e.g. ./data/reports/…), each
 * written whole to a temporary file and renamed over the old one, so a reader never sees half a report and filing a
 * session again replaces its files. Links point at the local server (`publicUrl` + `/reports/…`).
 */
export function localFiler(settings: { dir: string; publicUrl: string }): ReportFiler {
  return {
    kind: 'local',
    async file(job: FilingJob, report: RenderedReport): Promise<FiledLinks> {
      const folder = path.join(settings.dir, safeSegment(job.target.communityId));
      await mkdir(folder, { recursive: true });
      const base = safeFileBase(report.fileBase);
      await replaceFile(path.join(folder, `${base}.pdf`), report.pdf);
      await replaceFile(path.join(folder, `${base}.png`), report.png);
      const url = (name: string) =>
        new URL(localReportUrlPath(job.target.communityId, name), settings.publicUrl).toString();
      return { pdfUrl: url(`${base}.pdf`), pngUrl: url(`${base}.png`), webUrl: url(`${base}.pdf`) };
    },
  };
}

async function replaceFile(file: string, bytes: Buffer): Promise<void> {
  const temporary = `${file}.${process.pid}.partial`;
  await writeFile(temporary, bytes);
  await rename(temporary, file);
}
