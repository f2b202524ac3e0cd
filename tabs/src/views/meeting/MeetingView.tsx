import type { ReactNode } from 'react';
import type { Api, ApiError } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { Loading } from '../../components/Loading';
import type { Translate } from '../../i18n';
import type { Startup } from '../../startup';
import { useChannel } from '../../use-channel';
import { MeetingNotLinked } from './MeetingNotLinked';
import { SidePanel } from './side-panel/SidePanel';
import { Stage } from './stage/Stage';

/** The tab in a meeting: the side panel or the shared stage of the community the meeting belongs to. */
export function MeetingView({ api, startup, t }: { api: Api; startup: Startup; t: Translate }): ReactNode {
  const { me, version } = useChannel(api, startup.place);
  if (!me) return <Loading t={t} />;
  if ('error' in me) return <ErrorBar error={me.error as ApiError} t={t} />;
  if (!me.community) return <MeetingNotLinked t={t} />;
  const props = { api, communityId: me.community.id, role: me.community.role, t, lang: startup.lang, version };
  return startup.frame === 'meetingStage' ? <Stage {...props} /> : <SidePanel {...props} startup={startup} />;
}
