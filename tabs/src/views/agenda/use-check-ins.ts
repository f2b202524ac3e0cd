import type { CheckInOverview } from '../../../../domain/activities/check-in/check-in-overview';
import { useData, type Loadable } from '../../use-data';
import type { ViewProps } from '../view-props';

export type CheckInEntryData = CheckInOverview['checkIns'][number];
/** Null when the community has no session yet. */
export type CheckInsData = { overview: CheckInOverview | null };

/** Every member's check-in of the latest session, with names: facilitators only (the server refuses members). */
export const useCheckIns = ({ api, communityId, version }: ViewProps): Loadable<CheckInsData> =>
  useData<CheckInsData>(api, `/communities/${communityId}/check-ins`, version);
