import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type restify from 'restify';
import { sendError } from './tab-api/respond';
import { buildCommunityExport } from '../domain/data/export-model';
import { redeemExportLink } from '../domain/data/export-links';
import { FILING_COLLECTION, type FilingJob } from '../domain/report/filing';
import type { Deps } from '../domain/ports';
import { safeSegment } from './filing/file-names';

export interface ExportRouteDeps {
  deps: Deps;
  /** Local mode: the folder the reports are filed in (`<dir>/<communityId>/…`); undefined in Teams mode. */
  reportsDir?: string;
}

/** `/exports/<token>.zip`: the export a facilitator asked for with /export, while its link is valid (an hour). */
export function registerExportRoutes(server: restify.Server, options: ExportRouteDeps): void {
  server.get('/exports/:file', async (req, res) => {
    const file = String((req.params as Record<string, string>).file ?? '');
    const link = file.endsWith('.zip')
      ? await redeemExportLink(options.deps, file.slice(0, -'.zip'.length))
      : undefined;
    const zip = link ? await exportZip(options, link.communityId) : undefined;
    if (!zip) return void sendError(res, req, 404, { code: 'errors.http.notFound' });
    res.writeHead(200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': 'attachment; filename="leerkring-export.zip"',
      'Cache-Control': 'no-store',
    });
    res.end(Buffer.from(zip));
  });
}

/** community.json, reports.json (the filed reports' links) and, locally, the report files themselves. */
export async function exportZip(options: ExportRouteDeps, communityId: string): Promise<Uint8Array | undefined> {
  const data = await buildCommunityExport(options.deps, communityId);
  if (!data) return undefined;
  const reports = data.documents
    .filter((d) => d.collection === FILING_COLLECTION)
    .map((d) => d.value as FilingJob)
    .flatMap((job) => {
      const year = job.document?.kind === 'year-portfolio' ? { schoolYear: job.document.schoolYear } : {};
      return job.filed ? [{ sessionId: job.sessionId, ...year, ...job.filed }] : [];
    });
  const files: Zippable = {
    'community.json': strToU8(JSON.stringify(data, null, 2)),
    'reports.json': strToU8(JSON.stringify(reports, null, 2)),
  };
  const folder = options.reportsDir ? path.join(options.reportsDir, safeSegment(communityId)) : undefined;
  if (folder && fs.existsSync(folder)) {
    for (const name of await fs.promises.readdir(folder)) {
      if (/\.(pdf|png)$/.test(name))
        files[`reports/${name}`] = new Uint8Array(await fs.promises.readFile(path.join(folder, name)));
    }
  }
  return zipSync(files, { level: 6 });
}
