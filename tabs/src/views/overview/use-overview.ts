// Typed from the server's own read model (type-only: nothing of the server is bundled).
import type { overviewView } from '../../../../server/tab-api/views/overview-view';
import type { Api } from '../../api';
import { useData, type Loadable } from '../../use-data';

export type OverviewData = { communities: Awaited<ReturnType<typeof overviewView>> };
export type OverviewRow = OverviewData['communities'][number];

export const useOverview = (api: Api): Loadable<OverviewData> => useData<OverviewData>(api, '/overview', 0);
