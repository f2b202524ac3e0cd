import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { Store } from '../domain/ports';

/** Where the bot can post into a community's channel outside a turn, and what Graph needs to file into it. */
export interface ChannelPlace {
  /** The channel itself (not a reply thread): a post through it starts a new conversation in the channel. */
  reference: Partial<ConversationReference>;
  /** The team's Entra group id (`channelData.team.aadGroupId`); null in a group chat or when Teams did not send it. */
  graphTeamId: string | null;
  /** The channel's thread id (`19:…@thread.tacv2`), or the chat's id. */
  channelId: string;
}

interface TeamsChannelData {
  team?: { aadGroupId?: string };
  channel?: { id?: string };
}

const placeKey = (communityId: string): string => `place:${communityId}`;

/** Remembers the community's channel from a turn in it (messages only: they are few, card clicks are many). */
export async function rememberPlace(store: Store, communityId: string, activity: Activity): Promise<ChannelPlace> {
  const data = (activity.channelData ?? {}) as TeamsChannelData;
  const reference = TurnContext.getConversationReference(activity);
  const conversationId = activity.conversation.id.split(';')[0] ?? activity.conversation.id;
  const place: ChannelPlace = {
    reference: {
      ...reference,
      conversation: { ...reference.conversation, id: conversationId } as ConversationReference['conversation'],
    },
    graphTeamId: data.team?.aadGroupId ?? null,
    channelId: data.channel?.id ?? conversationId,
  };
  await store.keyValues.put(placeKey(communityId), place);
  return place;
}

export const placeOf = (store: Store, communityId: string): Promise<ChannelPlace | undefined> =>
  store.keyValues.get<ChannelPlace>(placeKey(communityId));

const personalKey = (userId: string): string => `personal:${userId}`;

/** Remembers a member's 1:1 chat with the bot (where the app is installed for them), for personal reminders. */
export async function rememberPersonalChat(store: Store, userId: string, activity: Activity): Promise<void> {
  await store.keyValues.put(personalKey(userId), TurnContext.getConversationReference(activity));
}

export const personalChatOf = (store: Store, userId: string): Promise<Partial<ConversationReference> | undefined> =>
  store.keyValues.get<Partial<ConversationReference>>(personalKey(userId));
