import type { ReactNode } from 'react';
import { ListPage } from '../../components/ListPage';
import type { ViewProps } from '../view-props';
import { SessionCard } from './SessionCard';
import { useHistory } from './use-history';

/** The community's past sessions: attendance, report and actions. */
export function HistoryView(props: ViewProps): ReactNode {
  const { t, lang } = props;
  return (
    <ListPage
      heading={t('tab.history.heading')}
      state={useHistory(props)}
      t={t}
      none={t('tab.history.none')}
      items={(data) => data.sessions.map((s) => <SessionCard key={s.id} session={s} t={t} lang={lang} />)}
    />
  );
}
