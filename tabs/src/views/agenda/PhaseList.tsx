import type { ReactNode } from 'react';
import { Badge, mergeClasses } from '@fluentui/react-components';
import type { Translate } from '../../i18n';
import { useStyles } from '../../ui';
import { Countdown } from './Countdown';
import type { Running } from './use-agenda';

/** A session's phases with their timeboxes; in a running session the current one, with its countdown. */
export function PhaseList({
  agenda,
  t,
  current,
  startedAt,
}: {
  agenda: Running['agenda'];
  t: Translate;
  current?: number;
  startedAt?: string | undefined;
}): ReactNode {
  const styles = useStyles();
  return (
    <ol className={styles.list} aria-label={t('tab.views.agenda')}>
      {agenda.map((phase, i) => (
        <li
          key={i}
          className={mergeClasses(styles.item, i === current && styles.current)}
          aria-current={i === current ? 'step' : undefined}
        >
          <span className={styles.grow}>
            {t('tab.agenda.phase', { title: t(`phase.${phase.key}.title`), minutes: phase.minutes })}
          </span>
          {i === current && (
            <Badge appearance="filled" color="brand">
              {t('tab.agenda.current')}
            </Badge>
          )}
          {i === current && startedAt && <Countdown startedAt={startedAt} minutes={phase.minutes} t={t} />}
        </li>
      ))}
    </ol>
  );
}
