import type { Activity } from 'botbuilder';
import type { Community } from '../domain/community/community';
import { linkedCommunity } from '../domain/meeting/meeting-link';
import type { Deps } from '../domain/ports';
import { turnInfo, type TurnInfo } from './turn-info';

/**
 * The turn, and in a group chat that a facilitator linked to a community (a scheduled meeting's chat), that
 * community's place: every command and card click there then acts for the linked community exactly as in its channel.
 * The link is looked up by the chat id alone, since not every activity of a meeting chat names the meeting. An
 * unlinked chat keeps its own place, where no community lives, so its card clicks are refused as from any other chat.
 */
export async function meetingTurnInfo(deps: Deps, activity: Activity): Promise<TurnInfo> {
  const turn = turnInfo(activity);
  const chatId = turn.scope === 'groupChat' ? turn.place?.channel.channelId : undefined;
  const linked = chatId ? await linkedCommunity(deps, chatId) : undefined;
  return chatId && linked ? inLinkedMeeting(turn, chatId, linked.value) : turn;
}

/** The turn of a meeting chat as one in the community it is linked to. */
export const inLinkedMeeting = (turn: TurnInfo, chatId: string, community: Community): TurnInfo => ({
  ...turn,
  place: { channel: community.channel, name: community.name, language: community.language },
  meeting: { id: turn.meeting?.id ?? '', chatId, linkedTo: community.id },
});

/** The chat a link is about: the meeting chat of the turn, or the group chat it happens in. */
export const chatToLink = (turn: TurnInfo): string | undefined =>
  turn.scope === 'groupChat' ? (turn.meeting?.chatId ?? turn.place?.channel.channelId) : undefined;
