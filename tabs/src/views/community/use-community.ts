// Typed from the server's own read model (type-only: nothing of the server is bundled).
import type { communityView } from '../../../../server/tab-api/views/community-view';
import { useData, type Loadable } from '../../use-data';
import type { ViewProps } from '../view-props';

export type CommunityData = Awaited<ReturnType<typeof communityView>>;
export type PlannedSession = CommunityData['schedule'][number];
export type Questionnaire = NonNullable<PlannedSession['questionnaire']>;

export const useCommunity = ({ api, communityId, version }: ViewProps): Loadable<CommunityData> =>
  useData<CommunityData>(api, `/communities/${communityId}/community`, version);
