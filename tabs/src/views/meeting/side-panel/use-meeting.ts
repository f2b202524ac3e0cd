// Typed from the server's own read model (type-only: nothing of the server is bundled).
import type { meetingView } from '../../../../../server/tab-api/views/meeting-view';
import { useData, type Loadable } from '../../../use-data';
import type { ViewProps } from '../../view-props';

export type MeetingData = Awaited<ReturnType<typeof meetingView>>;
export type Mine = NonNullable<MeetingData['mine']>;
export type MineOf<K extends Mine['kind']> = Extract<Mine, { kind: K }>;

/** The side panel's data: the agenda, the member's own part in the current phase, actions and the last report. */
export const useMeeting = ({ api, communityId, version }: ViewProps): Loadable<MeetingData> =>
  useData<MeetingData>(api, `/communities/${communityId}/meeting`, version);
