import type { Translate } from '../../i18n/t';
import type { AdaptiveCard, CardElement, OpenUrlAction } from './card-kit';
import { adaptiveCard, heading, notice, openUrl, text } from './card-kit';

export interface ReportCardView {
  sessionNumber: number;
  pdfUrl: string;
  /** The folder in the channel's Files; absent in local mode. */
  folderUrl?: string;
  folderName?: string;
  /** A preview image the client can load without signing in (local mode serves it; SharePoint's needs a sign-in). */
  previewUrl?: string;
  /** The year portfolio's own title and preview text, instead of the session report's. */
  title?: string;
  previewAlt?: string;
}

/** The report is filed: a preview and the links, in the channel. */
export function reportFiledCard(view: ReportCardView, t: Translate): AdaptiveCard {
  const body: CardElement[] = [heading(view.title ?? t('filing.filed.title', { number: view.sessionNumber }))];
  if (view.previewUrl) {
    body.push({
      type: 'Image',
      url: view.previewUrl,
      altText: view.previewAlt ?? t('filing.filed.previewAlt', { number: view.sessionNumber }),
      size: 'Stretch',
      selectAction: { type: 'Action.OpenUrl', url: view.pdfUrl },
    });
  }
  body.push(
    text(view.folderUrl ? t('filing.filed.text', { folder: view.folderName ?? '' }) : t('filing.filed.textLocal'), {
      subtle: true,
    }),
  );
  const actions: OpenUrlAction[] = [openUrl(t('filing.filed.openPdf'), view.pdfUrl, 'positive')];
  if (view.folderUrl) actions.push(openUrl(t('filing.filed.openFolder'), view.folderUrl));
  return adaptiveCard(body, actions);
}

/** The report is asked for: it appears in the channel shortly. */
export const reportRequestedCard = (sessionNumber: number, t: Translate): AdaptiveCard =>
  adaptiveCard([notice(t('filing.requested', { number: sessionNumber }), 'Good')]);

/** The year portfolio is asked for: it appears in the channel shortly. */
export const yearPortfolioRequestedCard = (schoolYear: string, t: Translate): AdaptiveCard =>
  adaptiveCard([notice(t('filing.year.requested', { year: schoolYear }), 'Good')]);
