import type { ReactNode } from 'react';
import { Subtitle2 } from '@fluentui/react-components';
import { useStyles } from '../../../ui';
import { PhaseList } from '../../agenda/PhaseList';
import type { ViewProps } from '../../view-props';
import { ReportPreview } from './ReportPreview';
import type { MeetingData } from './use-meeting';

/** No session runs: the last session's report (its one-page preview), the next session's agenda, one's open actions. */
export function BetweenSessions(props: ViewProps & { data: MeetingData }): ReactNode {
  const { data, t } = props;
  const styles = useStyles();
  const { report } = data;
  return (
    <>
      {report && (
        <section className={styles.card} aria-labelledby="report-heading">
          <Subtitle2 as="h2" id="report-heading" className={styles.heading}>
            {t('meetingViews.sidePanel.ended', { number: report.number })}
          </Subtitle2>
          <ReportPreview api={props.api} report={report} t={t} />
        </section>
      )}
      <section className={styles.card} aria-labelledby="next-heading">
        <Subtitle2 as="h2" id="next-heading" className={styles.heading}>
          {t('meetingViews.sidePanel.next', { number: data.agenda.next.number })}
        </Subtitle2>
        <p className={styles.muted} style={{ margin: 0 }}>
          {t('meetingViews.sidePanel.notStarted')}
        </p>
        <PhaseList agenda={data.agenda.next.agenda} t={t} />
      </section>
      <section className={styles.card} aria-labelledby="actions-heading">
        <Subtitle2 as="h2" id="actions-heading" className={styles.heading}>
          {t('meetingViews.sidePanel.actions')}
        </Subtitle2>
        {data.actions.length ? (
          <ul className={styles.list}>
            {data.actions.map((a) => (
              <li key={a.id} className={styles.item} style={{ flexDirection: 'column', alignItems: 'flex-start' }}>
                <span>{a.what}</span>
                <span className={styles.muted}>{t('tab.actions.due', { date: a.due })}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className={styles.muted}>{t('meetingViews.sidePanel.noActions')}</p>
        )}
      </section>
    </>
  );
}
