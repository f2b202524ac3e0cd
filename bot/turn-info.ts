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
}

interface TeamsChannelData {
  team?: { id?: string; name?: string };
  channel?: { id?: string; name?: string };
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
  return place ? { actor, lang, scope, place } : { actor, lang, scope };
}

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
    const chatId = activity.conversation.id.split(';')[0] ?? activity.conversation.id;
    return {
      channel: { teamId: null, channelId: chatId },
      name: activity.conversation.name || 'Leerkring',
      language: lang,
    };
  }
  return undefined;
}
