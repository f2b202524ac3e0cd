import type { FiledLinks, FilingJob } from '../../domain/report/filing';
import { translator } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import { placeOf } from '../channel-places';
import type { AdaptiveCard } from '../cards/card-kit';
import { noticeCard } from '../cards/notice-card';
import { reportFiledCard } from '../cards/report-card';

/** The values a notice's text takes: the session's number, and for a year portfolio its school year. */
type Values = { number: number; year?: string };

/**
 * Tells the channel how filing a report goes (the filing worker calls it): delayed, filed (with the
 * preview and links), failed for good, or waiting for a facilitator's sign-in. Posted through the pacer.
 * A year portfolio's notices say so (`filing.year.*`).
 */
export function reportNotifier(services: BotServices) {
  const post = async (job: FilingJob, card: (values: Values) => AdaptiveCard): Promise<void> => {
    const place = await placeOf(services.deps.store, job.target.communityId);
    const session = await services.deps.store.sessions.get(job.sessionId);
    if (!place) {
      services.log.warn('report notice not posted: no known channel', { sessionId: job.sessionId });
      return;
    }
    const year = job.document.kind === 'year-portfolio' ? { year: job.document.schoolYear } : {};
    await services.proactive.post(place.reference, card({ number: session?.value.number ?? 0, ...year }));
  };
  const t = (job: FilingJob) => translator(job.target.language);
  /** `filing.delayed` for a session report, `filing.year.delayed` for the year portfolio. */
  const key = (job: FilingJob, name: string) =>
    job.document.kind === 'year-portfolio' ? `filing.year.${name}` : `filing.${name}`;
  return {
    delayed: (job: FilingJob) => post(job, (values) => noticeCard(t(job)(key(job, 'delayed'), values), 'Warning')),
    signInNeeded: (job: FilingJob) => post(job, (values) => noticeCard(t(job)(key(job, 'signIn'), values), 'Warning')),
    failedPermanently: (job: FilingJob, reasonKey: string) =>
      post(job, (values) => noticeCard(t(job)(key(job, reasonKey.replace(/^filing\./, '')), values), 'Attention')),
    filed: (job: FilingJob, links: FiledLinks) =>
      post(job, (values) => {
        const local = links.webUrl === links.pdfUrl;
        const folderName = `${t(job)('filing.folder.app')}/${t(job)('filing.folder.reports')}`;
        const year = job.document.kind === 'year-portfolio';
        return reportFiledCard(
          {
            sessionNumber: values.number,
            pdfUrl: links.pdfUrl,
            ...(local ? { previewUrl: links.pngUrl } : { folderUrl: links.webUrl, folderName }),
            ...(year
              ? {
                  title: t(job)('filing.year.filed.title', values),
                  previewAlt: t(job)('filing.year.filed.previewAlt', values),
                }
              : {}),
          },
          t(job),
        );
      }),
  };
}
