import type { ReactNode } from 'react';
import { Subtitle2, Title3 } from '@fluentui/react-components';
import type { Api } from '../../api';
import { Loaded } from '../../components/Loaded';
import type { Lang, Translate } from '../../i18n';
import { useStyles } from '../../ui';
import { ActionList } from './ActionList';
import { useMyActions, type MyActionsData } from './use-my-actions';

/** The personal tab: the member's actions in each of their communities. */
export function MyActionsView({
  api,
  t,
  lang,
  version,
}: {
  api: Api;
  t: Translate;
  lang: Lang;
  version: number;
}): ReactNode {
  const state = useMyActions(api, version);
  const styles = useStyles();
  const render = (data: MyActionsData) => {
    if (data.communities.length === 0) return <p>{t('tab.actions.noCommunities')}</p>;
    return (
      <div className={styles.list}>
        {data.communities.map((c) => (
          <section key={c.communityId} className={styles.card}>
            <Subtitle2 as="h3">{c.communityName}</Subtitle2>
            {c.actions.length === 0 ? (
              <p>{t('tab.actions.none')}</p>
            ) : (
              <ActionList actions={c.actions} t={t} lang={lang} />
            )}
          </section>
        ))}
      </div>
    );
  };
  return (
    <div className={styles.page}>
      <Title3 as="h2" className={styles.heading}>
        {t('tab.views.myActions')}
      </Title3>
      <Loaded state={state} t={t} render={render} />
    </div>
  );
}
