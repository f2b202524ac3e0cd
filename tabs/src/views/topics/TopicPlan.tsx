import type { ReactNode } from 'react';
import { Badge, Select } from '@fluentui/react-components';
import type { Translate } from '../../i18n';
import type { Topic } from './use-topics';

/** The session a topic is planned into: a facilitator picks it, others see it. */
export function TopicPlan({
  topic,
  facilitator,
  sessions,
  t,
  onPlan,
}: {
  topic: Topic;
  facilitator: boolean;
  sessions: number[];
  t: Translate;
  onPlan: (sessionNumber: number | null) => void;
}): ReactNode {
  if (!facilitator) {
    if (!topic.plannedSession) return null;
    return <Badge>{t('tab.topics.plannedIn', { number: topic.plannedSession })}</Badge>;
  }
  const choices = [...new Set([...(topic.plannedSession ? [topic.plannedSession] : []), ...sessions])];
  return (
    <Select
      size="small"
      aria-label={`${t('tab.topics.plan')}: ${topic.text}`}
      value={String(topic.plannedSession ?? '')}
      onChange={(_e, d) => onPlan(d.value ? Number(d.value) : null)}
    >
      <option value="">{t('tab.topics.unplanned')}</option>
      {choices.map((n) => (
        <option key={n} value={String(n)}>
          {t('tab.topics.plannedIn', { number: n })}
        </option>
      ))}
    </Select>
  );
}
