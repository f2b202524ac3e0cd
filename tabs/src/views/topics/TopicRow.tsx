import type { ReactNode } from 'react';
import { Badge, Button } from '@fluentui/react-components';
import type { Translate } from '../../i18n';
import { useStyles } from '../../ui';
import { TopicPlan } from './TopicPlan';
import type { Topic } from './use-topics';

export function TopicRow({
  topic,
  index,
  last,
  facilitator,
  sessions,
  t,
  onMove,
  onPlan,
}: {
  topic: Topic;
  index: number;
  last: boolean;
  facilitator: boolean;
  sessions: number[];
  t: Translate;
  onMove: (by: number) => void;
  onPlan: (sessionNumber: number | null) => void;
}): ReactNode {
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <strong>{`${index + 1}.`}</strong>
      <span className={styles.grow}>{topic.text}</span>
      <Badge appearance="tint">{t('tab.topics.points', { points: topic.points })}</Badge>
      {facilitator && (
        <Button
          size="small"
          className={styles.iconButton}
          disabled={index === 0}
          aria-label={t('tab.topics.up', { topic: topic.text })}
          onClick={() => onMove(-1)}
        >
          ↑
        </Button>
      )}
      {facilitator && (
        <Button
          size="small"
          className={styles.iconButton}
          disabled={last}
          aria-label={t('tab.topics.down', { topic: topic.text })}
          onClick={() => onMove(1)}
        >
          ↓
        </Button>
      )}
      <TopicPlan topic={topic} facilitator={facilitator} sessions={sessions} t={t} onPlan={onPlan} />
    </li>
  );
}
