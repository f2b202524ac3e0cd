import type { ReactNode } from 'react';
import type { Api, ApiError } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { Loading } from '../../components/Loading';
import type { Translate } from '../../i18n';
import type { Startup } from '../../startup';
import { useChannel } from '../../use-channel';
import { LinkMeeting } from './LinkMeeting';
import { MeetingNotLinked } from './MeetingNotLinked';
import { SidePanel } from './side-panel/SidePanel';
import { Stage } from './stage/Stage';

export interface MeetingViewProps {
  api: Api;
  startup: Startup;
  t: Translate;
}

/** The community of the meeting's place, once asked: its side panel or stage, or the way to link the meeting. */
export function MeetingPlace({ api, startup, t, onLinked }: MeetingViewProps & { onLinked: () => void }): ReactNode {
  const { me, version } = useChannel(api, startup.place);
  if (!me) return <Loading t={t} />;
  if ('error' in me) return <ErrorBar error={me.error as ApiError} t={t} />;
  if (!me.community) {
    const chatId = startup.place.channelId;
    return (
      <MeetingNotLinked t={t}>
        {startup.frame !== 'meetingStage' && chatId ? (
          <LinkMeeting api={api} chatId={chatId} t={t} onLinked={onLinked} />
        ) : null}
      </MeetingNotLinked>
    );
  }
  const props = { api, communityId: me.community.id, role: me.community.role, t, lang: startup.lang, version };
  return startup.frame === 'meetingStage' ? <Stage {...props} /> : <SidePanel {...props} startup={startup} />;
}
