import type { FiledLinks, FilingJob } from '../../domain/report/filing';
import { translator } from '../../i18n/t';
import { resolveReportFolder } from './channel-folder';
import { safeFileBase } from './file-names';
import { FilingError } from './filing-error';
import type { GraphAccess } from './graph-access';
import { defaultUploadOptions, uploadFile, type UploadOptions } from './graph-upload';
import type { RenderedReport, ReportFiler } from './report-filer';
import { defaultUploadRetry } from './upload-retry';

/**
 * The reports folder under the channel's Files, in the community's language: `Leerkring/Verslagen`,
 * `Leerkring/Reports`.
 */
export const reportFolderPath = (language: 'nl' | 'en'): string[] => {
  const t = translator(language);
  return [t('filing.folder.app'), t('filing.folder.reports')];
};

/**
 * Files reports into the channel's SharePoint folder through Microsoft Graph, app-only or delegated alike: the PDF and
 * the PNG, each replacing the file of the same name, so filing a session again never duplicates its files.
 */
export function graphFiler(access: GraphAccess, upload: Partial<UploadOptions> = {}): ReportFiler {
  const options = { ...defaultUploadOptions(defaultUploadRetry), ...upload };
  return {
    kind: 'graph',
    async file(job: FilingJob, report: RenderedReport): Promise<FiledLinks> {
      const { graphTeamId, channelId } = job.target;
      if (!graphTeamId) throw FilingError.permanent('notAChannel', 'a group chat has no channel files folder');
      const client = await access.clientFor(job);
      const folder = await resolveReportFolder(
        client,
        access.actor,
        { graphTeamId, channelId },
        reportFolderPath(report.language),
      );
      const base = safeFileBase(report.fileBase);
      const send = (name: string, bytes: Buffer) =>
        uploadFile({ client, actor: access.actor, folder, name, bytes, options });
      const pdf = await send(`${base}.pdf`, report.pdf);
      const png = await send(`${base}.png`, report.png);
      return { pdfUrl: pdf.webUrl, pngUrl: png.webUrl, webUrl: folder.webUrl };
    },
  };
}
