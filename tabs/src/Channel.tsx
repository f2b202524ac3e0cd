import { useState, type ReactNode } from 'react';
import type { Api, ApiError } from './api';
import { ChannelNav } from './ChannelNav';
import { ErrorBar } from './components/ErrorBar';
import { Loading } from './components/Loading';
import type { Translate } from './i18n';
import type { Startup, ViewName } from './startup';
import { useChannel } from './use-channel';
import { AgendaView } from './views/agenda/AgendaView';
import { CommunityView } from './views/community/CommunityView';
import { DriverView } from './views/driver/DriverView';
import { HistoryView } from './views/history/HistoryView';
import { TopicsView } from './views/topics/TopicsView';
import type { ViewProps } from './views/view-props';

const VIEW_COMPONENTS: Record<ViewName, (p: ViewProps) => ReactNode> = {
  driver: DriverView,
  agenda: AgendaView,
  topics: TopicsView,
  history: HistoryView,
  community: CommunityView,
};

const padded = { padding: '24px' };

/** The channel tab: the community of this channel, its views as tabs. */
export function Channel({ api, startup, t }: { api: Api; startup: Startup; t: Translate }): ReactNode {
  const { me, version } = useChannel(api, startup.place);
  const [view, setView] = useState<ViewName>(startup.initialView ?? 'driver');
  if (!me)
    return (
      <div style={padded}>
        <Loading t={t} />
      </div>
    );
  if ('error' in me)
    return (
      <div style={padded}>
        <ErrorBar error={me.error as ApiError} t={t} />
      </div>
    );
  if (!me.community) {
    const code = me.reason === 'not-member' ? 'tab.errors.notMember' : 'tab.errors.noCommunity';
    return (
      <div style={padded}>
        <ErrorBar error={{ status: 404, code, message: '' }} t={t} />
      </div>
    );
  }
  const View = VIEW_COMPONENTS[view];
  const { community } = me;
  return (
    <div>
      <ChannelNav community={community} view={view} t={t} onView={setView} />
      <View api={api} communityId={community.id} role={community.role} t={t} lang={startup.lang} version={version} />
    </div>
  );
}
