import { createRoot } from 'react-dom/client';
import { App } from './App';
import { langOf } from './i18n';
import { FRAMES, VIEW_NAMES, type Startup } from './startup';
import { connectToTeams, mayBeInTeams, type TeamsHost } from './teams';
import { themeOf } from './theme';
import type { Settings } from './types';

const PERSONAL_VIEWS = ['my-actions', 'overview'] as const;

/** Starts the tab: settings from the server, then Teams' context (or the local identity), then React. */
async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const settings = (await (await fetch('/api/tab/settings')).json()) as Settings;
  const local = settings.mode === 'local' && (settings.localUsers?.length ?? 0) > 0 && !params.has('sso');
  let host: TeamsHost | undefined;
  if (!local || mayBeInTeams()) host = await connectToTeams().catch(() => undefined);
  const stored = localStorage.getItem('leerkring.localUser');
  const localUser = local
    ? (settings.localUsers?.find((u) => u.userId === (params.get('as') ?? stored))?.userId ??
      settings.localUsers?.[0]?.userId)
    : undefined;
  // A card's button opens the tab on one view: in a browser by `?tab=`, in Teams by the deep link's subEntityId.
  const asked = params.get('tab') ?? host?.subPageId;
  const initialView = VIEW_NAMES.find((v) => v === asked);
  const framed = host?.frameContext && !local ? host.frameContext : params.get('frameContext');
  const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches;
  const startup: Startup = {
    settings,
    view: PERSONAL_VIEWS.find((v) => v === params.get('view')) ?? 'channel',
    frame: FRAMES.find((f) => f === framed) ?? 'content',
    place:
      host?.channelId && !local
        ? { teamId: host.teamId, channelId: host.channelId }
        : {
            teamId: params.get('team') ?? settings.localPlace?.teamId ?? null,
            channelId: params.get('channel') ?? settings.localPlace?.channelId ?? null,
          },
    lang: langOf(params.get('lang') ?? host?.locale ?? navigator.language),
    theme: themeOf(params.get('theme') ?? host?.theme ?? (prefersDark ? 'dark' : 'default')),
    ...(host ? { host } : {}),
    ...(localUser ? { localUser } : {}),
    ...(initialView ? { initialView } : {}),
  };
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App {...startup} />);
}

void start();
