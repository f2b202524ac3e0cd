import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { FluentProvider, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { Api } from './api';
import { Channel } from './Channel';
import { translator } from './i18n';
import { LocalUserSwitcher } from './LocalUserSwitcher';
import { SampleMembersButton } from './SampleMembersButton';
import type { Startup } from './startup';
import { themeOf, themes, type ThemeName } from './theme';
import { MyActionsView } from './views/my-actions/MyActionsView';

const useStyles = makeStyles({
  shell: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { flexGrow: 1, margin: 0 },
});

/** The tab: a community's views in a channel, or "My actions" as a personal tab. */
export function App(startup: Startup): ReactNode {
  const [theme, setTheme] = useState<ThemeName>(startup.theme);
  const [localUser, setLocalUser] = useState(startup.localUser);
  const t = useMemo(() => translator(startup.lang), [startup.lang]);
  const api = useMemo(
    () =>
      new Api({
        lang: startup.lang,
        ...(localUser ? { localUser } : {}),
        ...(startup.host && !localUser ? { token: startup.host.token } : {}),
      }),
    [startup, localUser],
  );
  useEffect(() => startup.host?.onThemeChange((name) => setTheme(themeOf(name))), [startup.host]);
  useEffect(() => {
    document.documentElement.lang = startup.lang;
  }, [startup.lang]);
  const styles = useStyles();
  const choose = (userId: string) => {
    localStorage.setItem('leerkring.localUser', userId);
    setLocalUser(userId);
  };
  return (
    <FluentProvider theme={themes[theme]}>
      <div className={styles.shell}>
        <header className={styles.header}>
          <Title2 as="h1" className={styles.title}>
            {t('tab.title')}
          </Title2>
          {localUser && (
            <LocalUserSwitcher users={startup.settings.localUsers ?? []} current={localUser} t={t} onChoose={choose} />
          )}
          {localUser && startup.view === 'channel' && (
            <SampleMembersButton lang={startup.lang} place={startup.place} t={t} />
          )}
        </header>
        <main>
          {startup.view === 'my-actions' ? (
            <MyActionsView api={api} t={t} lang={startup.lang} version={0} />
          ) : (
            <Channel key={localUser ?? 'sso'} api={api} startup={startup} t={t} />
          )}
        </main>
      </div>
    </FluentProvider>
  );
}
