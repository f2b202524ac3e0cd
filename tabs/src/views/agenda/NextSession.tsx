import type { ReactNode } from 'react';
import { Title3 } from '@fluentui/react-components';
import { useStyles } from '../../ui';
import type { ViewProps } from '../view-props';
import { AgendaEditor } from './AgendaEditor';
import { DriverGoal } from './DriverGoal';
import { PhaseList } from './PhaseList';
import type { AgendaData } from './use-agenda';

/** No session runs: the next one's agenda, which a facilitator can prepare. */
export function NextSession(props: ViewProps & { data: AgendaData; next: AgendaData['next'] }): ReactNode {
  const { data, next, t } = props;
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <section className={styles.card}>
        <Title3 as="h2" className={styles.heading}>
          {t('tab.agenda.next', { number: next.number })}
        </Title3>
        <DriverGoal goal={data.driverGoal} t={t} />
        <p className={styles.muted} style={{ margin: 0 }}>
          {t('tab.agenda.noneRunning')}
          {next.drafted ? ` ${t('tab.agenda.drafted')}` : ''}
        </p>
        {props.role === 'facilitator' ? (
          <AgendaEditor {...props} next={next} catalogue={data.catalogue} formats={data.formats} />
        ) : (
          <PhaseList agenda={next.agenda} t={t} />
        )}
      </section>
    </div>
  );
}
