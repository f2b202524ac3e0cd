// Typed from the server's own read model (type-only: nothing of the server is bundled).
import type { historyView } from '../../../../server/tab-api/views/history-view';
import { useData, type Loadable } from '../../use-data';
import type { ViewProps } from '../view-props';

export type HistoryData = { sessions: Awaited<ReturnType<typeof historyView>> };
export type PastSession = HistoryData['sessions'][number];

export const useHistory = ({ api, communityId, version }: ViewProps): Loadable<HistoryData> =>
  useData<HistoryData>(api, `/communities/${communityId}/history`, version);
