import type { ReactNode } from 'react';
import { Subtitle1, Text } from '@fluentui/react-components';
import { useStyles } from '../../../ui';
import { Countdown } from '../../agenda/Countdown';
import type { Running } from '../../agenda/use-agenda';
import type { ViewProps } from '../../view-props';

/** The running session's current phase: where it is in the agenda, its countdown, and what to do now. */
export function PhaseNow({ running, t }: Pick<ViewProps, 't'> & { running: Running }): ReactNode {
  const styles = useStyles();
  const phase = running.agenda[running.phaseIndex];
  if (!phase) return null;
  const position = { number: running.number, index: running.phaseIndex + 1, total: running.agenda.length };
  return (
    <section className={styles.card} aria-labelledby="phase-now">
      <Text className={styles.muted}>{t('meetingViews.sidePanel.position', position)}</Text>
      <Subtitle1 as="h2" id="phase-now" className={styles.heading}>
        {t(`phase.${phase.key}.title`)}
      </Subtitle1>
      {running.phaseStartedAt && <Countdown startedAt={running.phaseStartedAt} minutes={phase.minutes} t={t} />}
      <div>
        <strong>{t('meetingViews.sidePanel.now')}</strong>
        <p style={{ margin: 0 }}>{t(`phase.${phase.key}.description`)}</p>
      </div>
    </section>
  );
}
