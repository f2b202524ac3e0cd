// Typed from the server's own read model (type-only: nothing of the server is bundled).
import type { myActionsView } from '../../../../server/tab-api/views/my-actions-view';
import type { Api } from '../../api';
import { useData, type Loadable } from '../../use-data';

export type MyActionsData = { communities: Awaited<ReturnType<typeof myActionsView>> };
export type ActionRow = MyActionsData['communities'][number]['actions'][number];

export const useMyActions = (api: Api, version: number): Loadable<MyActionsData> =>
  useData<MyActionsData>(api, '/my-actions', version);
