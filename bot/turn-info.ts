import type { Activity } from 'botbuilder';
import type { ChannelRef, Person } from '../domain/community/community';
import type { CommunityPlace } from '../domain/community/find-or-create-community';
import { languageOf, type Lang } from '../i18n/t';

export type Scope = 'personal' | 'groupChat' | 'channel';

/** Who acts, in which language, and in which community's place. */
export interface TurnInfo {
  actor: Person;
  lang: Lang;
  scope: Scope;
  /** Undefined in a personal chat: sessions belong to a channel or group chat. */
  place?: CommunityPlace;
  /** Set in a Teams meeting's chat (a scheduled meeting's group chat, or a channel meeting's thread). */
  meeting?: MeetingTurn;
}

/** The meeting a turn happens in; `linkedTo` is the community a scheduled meeting's chat was linked to. */
export interface MeetingTurn {
  id: string;
  /** The meeting's chat: the group chat's id, or the channel's thread id for a channel meeting. */
  chatId: string;
  linkedTo?: string;
}

interface TeamsChannelData {
  team?: { id?: string; name?: string };
  channel?: { id?: string; name?: string };
  meeting?: { id?: string };
}

export function turnInfo(activity: Activity): TurnInfo {
  const lang = languageOf(activity.locale, 'nl');
  const actor: Person = {
    userId: activity.from.id,
    name: activity.from.name || activity.from.id,
    ...(activity.from.aadObjectId ? { aadObjectId: activity.from.aadObjectId } : {}),
  };
  const scope = scopeOf(activity);
  const place = placeOf(activity, scope, lang);
  const meetingId = (activity.channelData as TeamsChannelData | undefined)?.meeting?.id;
  const meeting = meetingId && scope !== 'personal' ? { id: meetingId, chatId: chatIdOf(activity) } : undefined;
  return { actor, lang, scope, ...(place ? { place } : {}), ...(meeting ? { meeting } : {}) };
}

/** The conversation without its `;messageid=…` (a channel's thread, or the chat itself). */
const chatIdOf = (activity: Activity): string => activity.conversation.id.split(';')[0] ?? activity.conversation.id;

/** A scheduled meeting's own chat (not a channel meeting): the one that has to be linked to a community. */
export const inMeetingChat = (turn: TurnInfo): turn is TurnInfo & { meeting: MeetingTurn } =>
  turn.meeting !== undefined && turn.scope === 'groupChat';

function scopeOf(activity: Activity): Scope {
  const type = activity.conversation.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat' || activity.conversation.isGroup) return 'groupChat';
  return 'personal';
}

function placeOf(activity: Activity, scope: Scope, lang: Lang): CommunityPlace | undefined {
  const data = (activity.channelData ?? {}) as TeamsChannelData;
  if (scope === 'channel' && data.team?.id && data.channel?.id) {
    const channel: ChannelRef = { teamId: data.team.id, channelId: data.channel.id };
    return { channel, name: data.team.name || activity.conversation.name || 'Leerkring', language: lang };
  }
  if (scope === 'groupChat') {
    return {
      channel: { teamId: null, channelId: chatIdOf(activity) },
      name: activity.conversation.name || 'Leerkring',
      language: lang,
    };
  }
  return undefined;
}
