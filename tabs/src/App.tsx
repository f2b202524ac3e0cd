import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { FluentProvider, Title2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Api } from './api';
import { Channel } from './Channel';
import { translator } from './i18n';
import { LocalUserSwitcher } from './LocalUserSwitcher';
import { SampleMembersButton } from './SampleMembersButton';
import type { Startup } from './startup';
import { themeOf, themes, type ThemeName } from './theme';
import { MeetingView } from './views/meeting/MeetingView';
import { MyActionsView } from './views/my-actions/MyActionsView';
import { OverviewView } from './views/overview/OverviewView';

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
  // The meeting's side panel is 320 px wide: a smaller bar leaves room for the session.
  panelHeader: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, gap: tokens.spacingHorizontalS },
  panelTitle: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
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
  const panel = startup.frame === 'sidePanel';
  const choose = (userId: string) => {
    localStorage.setItem('leerkring.localUser', userId);
    setLocalUser(userId);
  };
  // The stage is for the whole room: no title bar, no identity switcher, only what the group looks at.
  if (startup.frame === 'meetingStage')
    return (
      <FluentProvider theme={themes[theme]}>
        <MeetingView key={localUser ?? 'sso'} api={api} startup={startup} t={t} />
      </FluentProvider>
    );
  return (
    <FluentProvider theme={themes[theme]}>
      <div className={styles.shell}>
        <header className={mergeClasses(styles.header, panel && styles.panelHeader)}>
          <Title2 as="h1" className={mergeClasses(styles.title, panel && styles.panelTitle)}>
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
          ) : startup.view === 'overview' ? (
            <OverviewView api={api} t={t} lang={startup.lang} />
          ) : startup.frame === 'sidePanel' ? (
            <MeetingView key={localUser ?? 'sso'} api={api} startup={startup} t={t} />
          ) : (
            <Channel key={localUser ?? 'sso'} api={api} startup={startup} t={t} />
          )}
        </main>
      </div>
    </FluentProvider>
  );
}
