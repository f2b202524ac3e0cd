import type { ChannelRef, Person } from '../../domain/community/community';
import type { Lang } from '../../i18n/t';
import type { PostedCard } from '../bot-services';
import { CARD_VERSION } from '../cards/card-kit';

/** Where a phase's card was posted, and what its buttons carry besides the inputs. */
export interface CardPlace {
  posted: PostedCard;
  channel: ChannelRef;
  ref: { sessionId: string; phaseIndex: number };
  /** Makes a double click recognisable: the same colleague's same post-it is not added twice. */
  token: string;
}

/**
 * The `adaptiveCard/action` invoke Teams sends when `member` clicks `verb` on the card: the card's own data
 * with the inputs filled in, in the card's conversation, from the member. Built like the Agents Playground
 * builds one for its own user (and as tests/fakes/activities.ts builds Teams' ones).
 */
export function invokeActivity(
  place: CardPlace,
  member: Person,
  click: { verb: string; inputs: Record<string, unknown> },
  lang: Lang,
  now: Date,
  id: string,
): Record<string, unknown> {
  const { reference, activityId } = place.posted;
  const locale = lang === 'nl' ? 'nl-BE' : 'en-US';
  const data = { ...place.ref, token: place.token, cardVersion: CARD_VERSION, ...click.inputs };
  const tenantId = (reference.conversation as { tenantId?: string } | undefined)?.tenantId;
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id,
    timestamp: now.toISOString(),
    localTimestamp: now.toISOString(),
    channelId: reference.channelId ?? 'msteams',
    serviceUrl: reference.serviceUrl,
    from: { id: member.userId, name: member.name, ...(member.aadObjectId ? { aadObjectId: member.aadObjectId } : {}) },
    recipient: reference.bot,
    conversation: reference.conversation,
    replyToId: activityId,
    channelData: {
      source: { name: 'message' },
      ...(tenantId ? { tenant: { id: tenantId } } : {}),
      ...(place.channel.teamId ? { team: { id: place.channel.teamId }, channel: { id: place.channel.channelId } } : {}),
    },
    value: { action: { type: 'Action.Execute', verb: click.verb, data }, trigger: 'manual' },
    entities: [{ type: 'clientInfo', locale, platform: 'Web' }],
    locale,
  };
}
