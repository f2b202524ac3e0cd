import type { ReactNode } from 'react';
import type { Translate } from '../../../i18n';
import { useStageStyles } from './stage-styles';
import type { StageData } from './use-stage';

/** The community's prioritised topic list, top first, with the session each is planned in. */
export function StageTopics({ topics, t }: { topics: StageData['topics']; t: Translate }): ReactNode {
  const s = useStageStyles();
  if (topics.length === 0) return <p className={s.muted}>{t('tab.topics.none')}</p>;
  return (
    <ol className={s.list}>
      {topics.map((topic, i) => (
        <li key={topic.id} className={s.row}>
          <span className={s.rank}>{`${i + 1}.`}</span>
          <span className={s.grow}>{topic.text}</span>
          {topic.plannedSession && (
            <span className={s.sub}>{t('tab.topics.plannedIn', { number: topic.plannedSession })}</span>
          )}
        </li>
      ))}
    </ol>
  );
}
