import type { ReactNode } from 'react';
import type { Translate } from '../../i18n';
import { useStyles } from '../../ui';
import { TopicRow } from './TopicRow';
import type { TopicsData } from './use-topics';

/** The topics in their order; a move sends the whole new order. */
export function TopicList({
  data,
  facilitator,
  t,
  send,
}: {
  data: TopicsData;
  facilitator: boolean;
  t: Translate;
  send: (path: string, body: unknown) => Promise<void>;
}): ReactNode {
  const styles = useStyles();
  if (data.topics.length === 0) return <p>{t('tab.topics.none')}</p>;
  const ids = data.topics.map((topic) => topic.id);
  const move = (i: number, by: number) => {
    const order = [...ids];
    const [id] = order.splice(i, 1);
    order.splice(i + by, 0, id as string);
    void send('/topics/order', { order });
  };
  const sessions = Array.from({ length: 12 }, (_v, k) => data.nextNumber + k);
  return (
    <ol className={styles.list}>
      {data.topics.map((topic, i) => (
        <TopicRow
          key={topic.id}
          topic={topic}
          index={i}
          last={i === ids.length - 1}
          facilitator={facilitator}
          sessions={sessions}
          t={t}
          onMove={(by) => move(i, by)}
          onPlan={(sessionNumber) => void send(`/topics/${topic.id}/plan`, { sessionNumber })}
        />
      ))}
    </ol>
  );
}
