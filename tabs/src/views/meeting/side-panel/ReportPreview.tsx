import { useEffect, useState, type ReactNode } from 'react';
import { Image, Link, Spinner } from '@fluentui/react-components';
import type { Api } from '../../../api';
import type { Translate } from '../../../i18n';
import { useStyles } from '../../../ui';
import type { MeetingData } from './use-meeting';

/** The last session's report as its one-page picture, and the PDF once it is filed. */
export function ReportPreview(props: {
  api: Api;
  report: NonNullable<MeetingData['report']>;
  t: Translate;
}): ReactNode {
  const { api, report, t } = props;
  const styles = useStyles();
  const [src, setSrc] = useState<string | null>();
  useEffect(() => {
    let shown: string | undefined;
    let live = true;
    void api.objectUrl(report.preview).then((url) => {
      shown = url;
      if (live) setSrc(url ?? null);
    });
    return () => {
      live = false;
      if (shown) URL.revokeObjectURL(shown);
    };
  }, [api, report.preview]);
  return (
    <>
      {src === undefined && <Spinner size="tiny" label={t('tab.loading')} />}
      {src && <Image src={src} alt={t('meetingViews.sidePanel.reportAlt', { number: report.number })} fit="contain" />}
      {report.pdfUrl ? (
        <Link href={report.pdfUrl} target="_blank">
          {t('meetingViews.sidePanel.reportPdf')}
        </Link>
      ) : (
        <p className={styles.muted}>{t('meetingViews.sidePanel.reportPending')}</p>
      )}
    </>
  );
}
