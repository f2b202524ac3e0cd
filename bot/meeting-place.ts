import type { Activity } from 'botbuilder';
import type { Community } from '../domain/community/community';
import { linkedCommunity } from '../domain/meeting/meeting-link';
import type { Deps } from '../domain/ports';
import { inMeetingChat, turnInfo, type TurnInfo } from './turn-info';

/**
 * The turn, and in a scheduled meeting's chat that a facilitator linked to a community, that community's place: every
 * command and card click there then acts for the linked community exactly as in its channel. An unlinked meeting chat
 * keeps its own place, where no community lives, so its card clicks are refused as from any other chat.
 */
export async function meetingTurnInfo(deps: Deps, activity: Activity): Promise<TurnInfo> {
  const turn = turnInfo(activity);
  if (!inMeetingChat(turn)) return turn;
  const linked = await linkedCommunity(deps, turn.meeting.chatId);
  return linked ? inLinkedMeeting(turn, linked.value) : turn;
}

/** The turn of a meeting chat as one in the community it is linked to. */
export const inLinkedMeeting = (turn: TurnInfo & { meeting: { chatId: string } }, community: Community): TurnInfo => ({
  ...turn,
  place: { channel: community.channel, name: community.name, language: community.language },
  meeting: { ...turn.meeting, linkedTo: community.id },
});
