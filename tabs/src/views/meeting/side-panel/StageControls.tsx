import { useState, type ReactNode } from 'react';
import { Button, Field, Link, Select } from '@fluentui/react-components';
import { STAGE_VIEWS } from '../../../../../domain/meeting/stage-views';
import { ErrorBar } from '../../../components/ErrorBar';
import type { Startup } from '../../../startup';
import { useStyles } from '../../../ui';
import { useApiCall } from '../../../use-api-call';
import type { ViewProps } from '../../view-props';

/** The stage's address: the same tab in the stage's frame (in Teams the frame comes from Teams itself). */
export function stageUrl(): string {
  const url = new URL(location.href);
  url.searchParams.set('frameContext', 'meetingStage');
  return url.toString();
}

/**
 * A facilitator puts the stage in front of everyone (Teams' share to stage; in a browser, a link that opens it) and
 * pins one of its views for everyone, or lets it follow the phase.
 */
export function StageControls(
  props: ViewProps & { pinned: string | null; startup: Startup; reload: () => void },
): ReactNode {
  const { t, startup } = props;
  const styles = useStyles();
  const { error, run } = useApiCall();
  const [said, setSaid] = useState('');
  const pin = (view: string) =>
    run(async () => {
      await props.api.put(`/communities/${props.communityId}/stage/pin`, { view: view || null });
      props.reload();
    });
  const share = async () => {
    setSaid('');
    const shared = await startup.host?.shareToStage(stageUrl()).then(
      () => true,
      () => false,
    );
    setSaid(t(shared ? 'meetingViews.share.shared' : 'meetingViews.share.failed'));
  };
  return (
    <div className={styles.list}>
      <Field label={t('meetingViews.share.shows')}>
        <Select value={props.pinned ?? ''} onChange={(_e, d) => void pin(d.value)}>
          <option value="">{t('meetingViews.share.follow')}</option>
          {STAGE_VIEWS.map((v) => (
            <option key={v} value={v}>
              {t('meetingViews.share.pinned', { view: t(`meetingViews.stage.views.${v}`) })}
            </option>
          ))}
        </Select>
      </Field>
      {error && <ErrorBar error={error} t={t} />}
      {startup.host && !startup.localUser ? (
        <div className={styles.row}>
          <Button onClick={() => void share()}>{t('meetingViews.share.share')}</Button>
          <span role="status">{said}</span>
        </div>
      ) : (
        <Link href={stageUrl()} target="_blank">
          {t('meetingViews.share.open')}
        </Link>
      )}
    </div>
  );
}
