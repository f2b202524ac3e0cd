import type { FiledLinks, FilingJob } from '../../domain/report/filing';
import { translator } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import { placeOf } from '../channel-places';
import type { AdaptiveCard } from '../cards/card-kit';
import { noticeCard } from '../cards/notice-card';
import { reportFiledCard } from '../cards/report-card';

/**
 * Tells the channel how filing a report goes (the filing worker calls it): delayed, filed (with the
 * preview and links), failed for good, or waiting for a facilitator's sign-in. Posted through the pacer.
 */
export function reportNotifier(services: BotServices) {
  const post = async (job: FilingJob, card: (number: number) => AdaptiveCard): Promise<void> => {
    const place = await placeOf(services.deps.store, job.target.communityId);
    const session = await services.deps.store.sessions.get(job.sessionId);
    if (!place) {
      services.log.warn('report notice not posted: no known channel', { sessionId: job.sessionId });
      return;
    }
    await services.proactive.post(place.reference, card(session?.value.number ?? 0));
  };
  const t = (job: FilingJob) => translator(job.target.language);
  return {
    delayed: (job: FilingJob) => post(job, (number) => noticeCard(t(job)('filing.delayed', { number }), 'Warning')),
    signInNeeded: (job: FilingJob) => post(job, (number) => noticeCard(t(job)('filing.signIn', { number }), 'Warning')),
    failedPermanently: (job: FilingJob, reasonKey: string) =>
      post(job, (number) => noticeCard(t(job)(reasonKey, { number }), 'Attention')),
    filed: (job: FilingJob, links: FiledLinks) =>
      post(job, (number) => {
        const local = links.webUrl === links.pdfUrl;
        const folderName = `${t(job)('filing.folder.app')}/${t(job)('filing.folder.reports')}`;
        return reportFiledCard(
          {
            sessionNumber: number,
            pdfUrl: links.pdfUrl,
            ...(local ? { previewUrl: links.pngUrl } : { folderUrl: links.webUrl, folderName }),
          },
          t(job),
        );
      }),
  };
}
