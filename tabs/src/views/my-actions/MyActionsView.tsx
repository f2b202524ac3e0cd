import type { ReactNode } from 'react';
import { Subtitle2 } from '@fluentui/react-components';
import { ListPage } from '../../components/ListPage';
import { useStyles } from '../../ui';
import type { ViewProps } from '../view-props';
import { ActionList } from './ActionList';
import { useMyActions } from './use-my-actions';

/** The personal tab: the member's actions in each of their communities. */
export function MyActionsView({ api, t, lang, version }: Pick<ViewProps, 'api' | 't' | 'lang' | 'version'>): ReactNode {
  const styles = useStyles();
  return (
    <ListPage
      heading={t('tab.views.myActions')}
      state={useMyActions(api, version)}
      t={t}
      none={t('tab.actions.noCommunities')}
      items={(data) =>
        data.communities.map((c) => (
          <section key={c.communityId} className={styles.card}>
            <Subtitle2 as="h3">{c.communityName}</Subtitle2>
            {c.actions.length === 0 ? (
              <p>{t('tab.actions.none')}</p>
            ) : (
              <ActionList actions={c.actions} t={t} lang={lang} />
            )}
          </section>
        ))
      }
    />
  );
}
