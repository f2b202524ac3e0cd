import { useState } from 'react';
import type { Api, ApiError } from '../../api';
import { useApiCall } from '../../use-api-call';
import { useData, type Loadable } from '../../use-data';

/** A community the member may link the meeting chat to (they facilitate it), as the tab API lists it. */
export interface LinkableCommunity {
  id: string;
  name: string;
}

export interface LinkMeetingState {
  /** The communities the member facilitates. */
  communities: Loadable<{ communities: LinkableCommunity[] }>;
  /** Why the last link was refused, for an ErrorBar. */
  error: ApiError | undefined;
  busy: boolean;
  /** The community the chat was linked to by this member, once it is. */
  linked: LinkableCommunity | undefined;
  link: (communityId: string) => Promise<void>;
}

/** Lists what the meeting chat `chatId` can be linked to and links it; `onLinked` hears the community. */
export function useLinkMeeting(
  api: Api,
  chatId: string,
  onLinked?: (community: LinkableCommunity) => void,
): LinkMeetingState {
  const communities = useData<{ communities: LinkableCommunity[] }>(api, '/meeting/communities', 0);
  const { error, run } = useApiCall();
  const [busy, setBusy] = useState(false);
  const [linked, setLinked] = useState<LinkableCommunity>();
  const link = async (communityId: string) => {
    setBusy(true);
    await run(async () => {
      const answer = await api.post<{ community: LinkableCommunity }>('/meeting/link', { chatId, communityId });
      setLinked(answer.community);
      onLinked?.(answer.community);
    });
    setBusy(false);
  };
  return { communities, error, busy, linked, link };
}
