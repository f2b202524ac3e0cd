import type { ReactNode } from 'react';
import { Button, Title3, mergeClasses } from '@fluentui/react-components';
import { ErrorBar } from '../../components/ErrorBar';
import { useStyles } from '../../ui';
import type { ViewProps } from '../view-props';
import { DriverGoal } from './DriverGoal';
import { LivePanel } from './LivePanel';
import { NextSession } from './NextSession';
import { PhaseList } from './PhaseList';
import { useAct } from './use-act';
import type { AgendaData } from './use-agenda';

export function Agenda(props: ViewProps & { data: AgendaData; reload: () => void }): ReactNode {
  const { data, t, role } = props;
  const styles = useStyles();
  const { error, act } = useAct(props);
  if (!data.running) return <NextSession {...props} next={data.next} />;
  const running = data.running;
  const facilitator = role === 'facilitator';
  return (
    <div className={styles.page}>
      <section className={styles.card} aria-labelledby="agenda-heading">
        <div className={styles.row}>
          <Title3 as="h2" id="agenda-heading" className={mergeClasses(styles.heading, styles.grow)}>
            {t('tab.agenda.running', { number: running.number })}
          </Title3>
          {facilitator && (
            <Button disabled={running.phaseIndex <= 0} onClick={() => void act('/session/step', { step: -1 })}>
              {t('tab.agenda.previous')}
            </Button>
          )}
          {facilitator && (
            <Button
              appearance="primary"
              disabled={running.phaseIndex >= running.agenda.length - 1}
              onClick={() => void act('/session/step', { step: 1 })}
            >
              {t('tab.agenda.nextPhase')}
            </Button>
          )}
        </div>
        <DriverGoal goal={data.driverGoal} t={t} />
        {error && <ErrorBar error={error} t={t} />}
        <PhaseList agenda={running.agenda} t={t} current={running.phaseIndex} startedAt={running.phaseStartedAt} />
      </section>
      {data.live && <LivePanel {...props} running={running} live={data.live} act={act} />}
    </div>
  );
}
