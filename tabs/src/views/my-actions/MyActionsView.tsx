import { useState, type ReactNode } from 'react';
import { Subtitle2, Title3 } from '@fluentui/react-components';
import type { Api } from '../../api';
import { Loaded } from '../../components/Loaded';
import type { Lang, Translate } from '../../i18n';
import { useStyles } from '../../ui';
import { MyActionItem } from './MyActionItem';
import { TodoButton } from './TodoButton';
import { useMyActions, type MyActionsData } from './use-my-actions';

/** The personal tab: the member's actions in each community where they have any, to tick off or move. */
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
  const [saved, setSaved] = useState('');
  const changed = (what: string) => {
    setSaved(t('tab.actions.saved', { what }));
    state.reload();
  };
  const sent = (count: number) => {
    setSaved(t('tab.actions.todoSent', { count }));
    state.reload();
  };
  const render = (data: MyActionsData) => {
    if (data.communities.length === 0)
      return (
        <>
          <p>{t('tab.actions.none')}</p>
          <p className={styles.muted}>{t('tab.actions.noCommunities')}</p>
        </>
      );
    const open = data.communities.flatMap((c) =>
      c.actions
        .filter((a) => a.status === 'open')
        .map((a) => ({ communityId: c.communityId, sessionId: a.sessionId, actionId: a.id })),
    );
    return (
      <div className={styles.list}>
        <div className={styles.row}>
          <TodoButton api={api} t={t} actions={open} label={t('tab.actions.sendAllToTodo')} onSent={sent} />
        </div>
        {data.communities.map((c) => (
          <section key={c.communityId} className={styles.list} aria-labelledby={`community-${c.communityId}`}>
            <Subtitle2 as="h3" id={`community-${c.communityId}`}>
              {c.communityName}
            </Subtitle2>
            <ul className={styles.list}>
              {c.actions.map((a) => (
                <MyActionItem
                  key={`${a.id}:${a.status}:${a.due}`}
                  action={a}
                  communityId={c.communityId}
                  api={api}
                  t={t}
                  lang={lang}
                  onChanged={changed}
                  onTodoSent={sent}
                />
              ))}
            </ul>
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
      <p role="status" className={styles.muted}>
        {saved}
      </p>
      <Loaded state={state} t={t} render={render} />
    </div>
  );
}
