// Typed from the server's own read model (type-only: nothing of the server is bundled).
import type { stageView } from '../../../../../server/tab-api/views/stage-view';
import { useData, type Loadable } from '../../../use-data';
import type { ViewProps } from '../../view-props';

export type StageData = Awaited<ReturnType<typeof stageView>>;

/** What the shared stage shows, the same for everyone; reloaded on every live change. */
export const useStage = ({ api, communityId, version }: ViewProps): Loadable<StageData> =>
  useData<StageData>(api, `/communities/${communityId}/stage`, version);
