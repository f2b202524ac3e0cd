import { createElement as h, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  Badge,
  FluentProvider,
  Select,
  Tab,
  TabList,
  Title2,
  makeStyles,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  tokens,
} from '@fluentui/react-components';
import { Api } from './api';
import { langOf, translator, type Lang } from './i18n';
import type { TeamsHost } from './teams';
import type { Me, Settings } from './types';
import { ErrorBar, Loading } from './ui';
import { AgendaView } from './views/AgendaView';
import { DriverView, type ViewProps } from './views/DriverView';
import { CommunityView, HistoryView, MyActionsView, TopicsView } from './views/OtherViews';

export type ViewName = 'driver' | 'topics' | 'agenda' | 'history' | 'community';
const VIEWS: ViewName[] = ['driver', 'agenda', 'topics', 'history', 'community'];
const VIEW_COMPONENTS: Record<ViewName, (p: ViewProps) => ReactNode> = {
  driver: DriverView,
  agenda: AgendaView,
  topics: TopicsView,
  history: HistoryView,
  community: CommunityView,
};

const themes = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme } as const;
export type ThemeName = keyof typeof themes;
export const themeOf = (name: string | undefined): ThemeName =>
  name === 'dark' || name === 'contrast' ? name : 'default';

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
  local: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface Startup {
  settings: Settings;
  /** `my-actions`: the personal tab across communities; otherwise the channel tab. */
  view: 'channel' | 'my-actions';
  place: { teamId: string | null; channelId: string | null };
  lang: Lang;
  theme: ThemeName;
  host?: TeamsHost;
  /** Local mode: the sample person played, remembered between visits. */
  localUser?: string;
  initialView?: ViewName;
}

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
  const users = startup.settings.localUsers ?? [];
  const switcher = localUser
    ? h(
        'div',
        { className: styles.local },
        h(Badge, { appearance: 'filled', color: 'warning', title: t('tab.local.hint') }, t('tab.local.badge')),
        h(
          Select,
          {
            'aria-label': t('tab.local.as'),
            value: localUser,
            onChange: (_e, d) => {
              localStorage.setItem('leerkring.localUser', d.value);
              setLocalUser(d.value);
            },
          },
          ...users.map((u) => h('option', { key: u.userId, value: u.userId }, u.name)),
        ),
      )
    : null;
  const body =
    startup.view === 'my-actions'
      ? h(MyActionsView, { api, t, lang: startup.lang, version: 0 })
      : h(Channel, { key: localUser ?? 'sso', api, startup, t });
  return h(
    FluentProvider,
    { theme: themes[theme] },
    h(
      'div',
      { className: styles.shell },
      h(
        'header',
        { className: styles.header },
        h(Title2, { as: 'h1', className: styles.title }, t('tab.title')),
        switcher,
      ),
      h('main', null, body),
    ),
  );
}

function Channel({ api, startup, t }: { api: Api; startup: Startup; t: ReturnType<typeof translator> }): ReactNode {
  const [me, setMe] = useState<Me | { error: unknown } | undefined>();
  const [view, setView] = useState<ViewName>(startup.initialView ?? 'driver');
  const [version, setVersion] = useState(0);
  const { teamId, channelId } = startup.place;
  useEffect(() => {
    if (!channelId) return setMe({ error: { status: 0, code: 'tab.errors.notInTeams', message: '' } });
    const query = new URLSearchParams({ channelId, ...(teamId ? { teamId } : {}) });
    api.get<Me>(`/me?${query.toString()}`).then(setMe, (error: unknown) => setMe({ error }));
  }, [api, teamId, channelId]);
  const communityId = me && 'community' in me ? me.community?.id : undefined;
  useEffect(
    () => (communityId ? api.watch(communityId, () => setVersion((v) => v + 1)) : undefined),
    [api, communityId],
  );
  if (!me) return h('div', { style: { padding: '24px' } }, h(Loading, { t }));
  if ('error' in me) return h('div', { style: { padding: '24px' } }, h(ErrorBar, { error: me.error as never, t }));
  if (!me.community)
    return h(
      'div',
      { style: { padding: '24px' } },
      h(ErrorBar, {
        error: {
          status: 404,
          code: me.reason === 'not-member' ? 'tab.errors.notMember' : 'tab.errors.noCommunity',
          message: '',
        },
        t,
      }),
    );
  const props: ViewProps = {
    api,
    communityId: me.community.id,
    role: me.community.role,
    t,
    lang: startup.lang,
    version,
  };
  return h(
    'div',
    null,
    h(
      'nav',
      { style: { padding: '0 24px', display: 'flex', alignItems: 'center', gap: '16px', flexWrap: 'wrap' } },
      h(
        TabList,
        { selectedValue: view, onTabSelect: (_e, d) => setView(d.value as ViewName), size: 'large' },
        ...VIEWS.map((v) => h(Tab, { key: v, value: v }, t(`tab.views.${v}`))),
      ),
      h(
        'span',
        { style: { marginLeft: 'auto', display: 'flex', alignItems: 'center', gap: '8px' } },
        me.community.archivedAt
          ? h(
              Badge,
              { appearance: 'tint', color: 'informative', title: t('tab.community.archivedHint') },
              t('tab.community.archived'),
            )
          : null,
        `${me.community.name} · ${t(`tab.community.roles.${me.community.role}`)}`,
      ),
    ),
    h(VIEW_COMPONENTS[view], props),
  );
}

export { langOf };
