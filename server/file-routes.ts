import fs from 'node:fs';
import path from 'node:path';
import type restify from 'restify';
import { sendError } from './tab-api/respond';
import type { Deps } from '../domain/ports';
import { calendarFile } from './calendar/ics';

/** `.ics` downloads of the schedule, and (local mode) the reports written to the local folder. */
export function registerFileRoutes(server: restify.Server, deps: Deps, reportsDir: string | undefined): void {
  server.get('/calendar/:communityId/:file', async (req, res) => {
    const params = req.params as Record<string, string>;
    const file = await calendarFile(deps, String(params.communityId), String(params.file));
    if (!file) return void sendError(res, req, 404, { code: 'errors.http.notFound' });
    res.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${encodeURIComponent(file.filename)}"`,
    });
    res.end(file.body);
  });
  if (!reportsDir) return;
  server.get('/reports/:communityId/:file', async (req, res) => {
    const params = req.params as Record<string, string>;
    const root = path.resolve(reportsDir);
    const target = path.resolve(root, String(params.communityId), String(params.file));
    const type = target.endsWith('.pdf') ? 'application/pdf' : target.endsWith('.png') ? 'image/png' : undefined;
    if (!type || !target.startsWith(root + path.sep) || !fs.existsSync(target))
      return void sendError(res, req, 404, { code: 'errors.http.notFound' });
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
    res.end(await fs.promises.readFile(target));
  });
}
