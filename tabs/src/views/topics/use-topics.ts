// Typed from the server's own read model (type-only: nothing of the server is bundled).
import type { topicsView } from '../../../../server/tab-api/views/topics-view';
import { useData, type Loadable } from '../../use-data';
import type { ViewProps } from '../view-props';

export type TopicsData = Awaited<ReturnType<typeof topicsView>>;
export type Topic = TopicsData['topics'][number];

export const useTopics = ({ api, communityId, version }: ViewProps): Loadable<TopicsData> =>
  useData<TopicsData>(api, `/communities/${communityId}/topics`, version);
