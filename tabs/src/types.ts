// The API's answers, typed from the server's own read models (type-only: nothing of the server is bundled).
import type { agendaView } from '../../server/tab-api/views/agenda-view';
import type { communityView } from '../../server/tab-api/views/community-view';
import type { driverView } from '../../server/tab-api/views/driver-view';
import type { historyView } from '../../server/tab-api/views/history-view';
import type { myActionsView } from '../../server/tab-api/views/my-actions-view';
import type { topicsView } from '../../server/tab-api/views/topics-view';
import type { LocalPlace, LocalUser } from '../../server/auth/local-identities';

export type DriverData = Awaited<ReturnType<typeof driverView>>;
export type AgendaData = Awaited<ReturnType<typeof agendaView>>;
export type TopicsData = Awaited<ReturnType<typeof topicsView>>;
export type HistoryData = { sessions: Awaited<ReturnType<typeof historyView>> };
export type CommunityData = Awaited<ReturnType<typeof communityView>>;
export type MyActionsData = { communities: Awaited<ReturnType<typeof myActionsView>> };
export type Role = 'facilitator' | 'member' | 'observer';

export interface Settings {
  mode: 'local' | 'cloud';
  ssoClientId?: string;
  localUsers?: LocalUser[];
  localPlace?: LocalPlace;
}

export interface Me {
  user: { name: string; local: boolean };
  /** `archivedAt`: the community was archived at the end of its PLG and is read-only. */
  community: {
    id: string;
    name: string;
    language: 'nl' | 'en';
    role: Role;
    userId: string;
    archivedAt?: string;
  } | null;
  reason?: 'none' | 'not-member';
}
