import type { ReactNode } from 'react';
import { Subtitle2 } from '@fluentui/react-components';
import { plannedWhen, type Lang, type Translate } from '../../i18n';
import { useStyles } from '../../ui';
import { questionnaireLine } from './questionnaire-line';
import type { PlannedSession } from './use-community';

/** The sessions planned from the next one on: when, where, their topics and the impact questionnaire. */
export function ScheduleCard({
  schedule,
  nextNumber,
  t,
  lang,
}: {
  schedule: PlannedSession[];
  nextNumber: number;
  t: Translate;
  lang: Lang;
}): ReactNode {
  const styles = useStyles();
  const where = (p: PlannedSession) =>
    [t(`format.${p.format}`), p.place, p.onlineUrl && t('tab.community.online')].filter(Boolean).join(' · ');
  return (
    <section className={styles.card}>
      <Subtitle2 as="h2">{t('tab.community.schedule')}</Subtitle2>
      {schedule.length === 0 && <p>{t('tab.community.noSchedule', { number: nextNumber })}</p>}
      {schedule.length > 0 && (
        <ol className={styles.list} start={nextNumber}>
          {schedule.map((p) => (
            <li key={p.start} className={styles.item} style={{ flexDirection: 'column', alignItems: 'flex-start' }}>
              <strong>{plannedWhen(p, lang)}</strong>
              <span>{where(p)}</span>
              {p.topics.length > 0 && <span className={styles.muted}>{p.topics.join(', ')}</span>}
              {p.questionnaire && (
                <span className={styles.muted}>{questionnaireLine(p.questionnaire, t, lang, p.timeZone)}</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
