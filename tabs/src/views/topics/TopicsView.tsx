import type { ReactNode } from 'react';
import { Title3 } from '@fluentui/react-components';
import { ErrorBar } from '../../components/ErrorBar';
import { Loaded } from '../../components/Loaded';
import { useStyles } from '../../ui';
import { useApiCall } from '../../use-api-call';
import type { ViewProps } from '../view-props';
import { TopicList } from './TopicList';
import { useTopics } from './use-topics';

/** The prioritised topics; facilitators move them up and down and plan them into a session. */
export function TopicsView(props: ViewProps): ReactNode {
  const state = useTopics(props);
  const styles = useStyles();
  const { error, run } = useApiCall();
  const { t } = props;
  const send = async (path: string, body: unknown) => {
    await run(async () => {
      await props.api.put(`/communities/${props.communityId}${path}`, body);
      state.reload();
    });
  };
  return (
    <div className={styles.page}>
      <section className={styles.card}>
        <Title3 as="h2" className={styles.heading}>
          {t('tab.topics.heading')}
        </Title3>
        {error && <ErrorBar error={error} t={t} />}
        <Loaded
          state={state}
          t={t}
          render={(data) => <TopicList data={data} facilitator={props.role === 'facilitator'} t={t} send={send} />}
        />
      </section>
    </div>
  );
}
