import type { Translate } from '../../i18n/t';
import { adaptiveCard, execute, heading, notice, openUrl, text, type AdaptiveCard, type CardElement } from './card-kit';

/** The buttons of the data cards (/forget-me and /archive ask to confirm first). */
export const DATA_VERBS = {
  forgetConfirm: 'data.forget.confirm',
  forgetCancel: 'data.forget.cancel',
  archiveConfirm: 'data.archive.confirm',
  archiveCancel: 'data.archive.cancel',
} as const;

export interface ExportCardView {
  community: string;
  url: string;
  /** When the link stops working, as the reader reads a time ("16:30"). */
  expiresAt: string;
}

/** The export is ready: a download link that works for an hour. */
export function exportCard(view: ExportCardView, t: Translate): AdaptiveCard {
  const body: CardElement[] = [
    heading(t('data.export.title', { community: view.community })),
    text(t('data.export.ready')),
  ];
  body.push(
    text(t('data.export.reportLinks'), { subtle: true }),
    text(t('data.export.expires', { time: view.expiresAt }), { subtle: true }),
  );
  return adaptiveCard(body, [openUrl(t('data.export.download'), view.url, 'positive')]);
}

/** /forget-me asks first; only the person who asked can confirm (`forUserId`). */
export function forgetConfirmCard(forUserId: string, t: Translate): AdaptiveCard {
  return adaptiveCard(
    [heading(t('data.forget.title')), text(t('data.forget.explain')), notice(t('data.forget.irreversible'), 'Warning')],
    [
      execute(t('data.forget.confirm'), DATA_VERBS.forgetConfirm, { forUserId }, 'destructive'),
      execute(t('data.forget.cancel'), DATA_VERBS.forgetCancel, { forUserId }),
    ],
  );
}

export interface ArchiveConfirmView {
  community: string;
  /** `/archive off` in the reader's language. */
  reopen: string;
}

/** /archive asks first: the community becomes read-only. */
export function archiveConfirmCard(view: ArchiveConfirmView, t: Translate): AdaptiveCard {
  return adaptiveCard(
    [
      heading(t('data.archive.title', { community: view.community })),
      text(t('data.archive.explain', { reopen: view.reopen })),
    ],
    [
      execute(t('data.archive.confirm'), DATA_VERBS.archiveConfirm, {}, 'destructive'),
      execute(t('data.archive.cancel'), DATA_VERBS.archiveCancel, {}),
    ],
  );
}
