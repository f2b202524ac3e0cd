// Typed from the server's own read model (type-only: nothing of the server is bundled).
import type { driverView } from '../../../../server/tab-api/views/driver-view';
import { useData, type Loadable } from '../../use-data';
import { useTopics, type Topic } from '../topics/use-topics';
import type { ViewProps } from '../view-props';

export type DriverData = Awaited<ReturnType<typeof driverView>>;

/** The driver, and the community's topics a step can be linked to (none until they load). */
export function useDriver(props: ViewProps): { driver: Loadable<DriverData>; topics: Topic[] } {
  const driver = useData<DriverData>(props.api, `/communities/${props.communityId}/driver`, props.version);
  const topics = useTopics(props);
  return { driver, topics: topics.data?.topics ?? [] };
}
