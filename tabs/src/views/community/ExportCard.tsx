import { useState, type ReactNode } from 'react';
import { Button, Subtitle2 } from '@fluentui/react-components';
import { ErrorBar } from '../../components/ErrorBar';
import { useStyles } from '../../ui';
import { useApiCall } from '../../use-api-call';
import type { ViewProps } from '../view-props';

/** Facilitators download everything the community produced (the same zip as /export in the channel). */
export function ExportCard({ api, communityId, t }: ViewProps): ReactNode {
  const styles = useStyles();
  const { error, run } = useApiCall();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    await run(async () => {
      const { url } = await api.post<{ url: string }>(`/communities/${communityId}/export`, {});
      window.location.assign(url);
    });
    setBusy(false);
  };
  return (
    <section className={styles.card}>
      <Subtitle2 as="h2">{t('tab.community.export')}</Subtitle2>
      <p>{t('tab.community.exportText')}</p>
      {error && <ErrorBar error={error} t={t} />}
      <Button appearance="primary" disabled={busy} onClick={() => void download()}>
        {t('tab.community.exportButton')}
      </Button>
    </section>
  );
}
