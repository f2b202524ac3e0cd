import type { ReactNode } from 'react';
import { Title3 } from '@fluentui/react-components';
import { Loaded } from '../../components/Loaded';
import { useStyles } from '../../ui';
import type { ViewProps } from '../view-props';
import { SessionCard } from './SessionCard';
import { useHistory, type HistoryData } from './use-history';

/** The community's past sessions: attendance, report and actions. */
export function HistoryView(props: ViewProps): ReactNode {
  const state = useHistory(props);
  const styles = useStyles();
  const { t, lang } = props;
  const render = (data: HistoryData) => {
    if (data.sessions.length === 0) return <p>{t('tab.history.none')}</p>;
    return (
      <div className={styles.list}>
        {data.sessions.map((s) => (
          <SessionCard key={s.id} session={s} t={t} lang={lang} />
        ))}
      </div>
    );
  };
  return (
    <div className={styles.page}>
      <Title3 as="h2" className={styles.heading}>
        {t('tab.history.heading')}
      </Title3>
      <Loaded state={state} t={t} render={render} />
    </div>
  );
}
