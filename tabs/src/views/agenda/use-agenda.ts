// Typed from the server's own read model (type-only: nothing of the server is bundled).
import type { agendaView } from '../../../../server/tab-api/views/agenda-view';
import { useData, type Loadable } from '../../use-data';
import type { ViewProps } from '../view-props';

export type { PostItView } from '../../../../server/tab-api/views/agenda-view';
export type AgendaData = Awaited<ReturnType<typeof agendaView>>;
export type Running = NonNullable<AgendaData['running']>;
export type Live = NonNullable<AgendaData['live']>;
/** Sends a facilitator's step in the running session, then reloads the agenda. */
export type Act = (path: string, body: unknown) => Promise<void>;

export const useAgenda = ({ api, communityId, version }: ViewProps): Loadable<AgendaData> =>
  useData<AgendaData>(api, `/communities/${communityId}/agenda`, version);
