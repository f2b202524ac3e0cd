import { collection } from '../collection';
import type { ChannelRef, Community } from '../community/community';
import { roleOf } from '../community/role-of';
import { retryOnConflict } from '../concurrency';
import { refuseIfArchived } from '../data/archived';
import { fail, ok, type Result } from '../errors';
import type { Deps, Stored } from '../ports';
import { namesOf } from '../session/start-session';

/**
 * A scheduled Teams meeting's chat, linked by a facilitator to the community whose sessions it holds. A channel
 * meeting needs none: its chat is a thread of the channel, so it belongs to that channel's community.
 */
export interface MeetingLink {
  /** The meeting chat's conversation id (`19:meeting_…@thread.v2`), as the bot and the tab both see it. */
  chatId: string;
  communityId: string;
  /** The facilitator's user id who linked it, and when. */
  linkedBy: string;
  linkedAt: string;
}

/** Documents `meeting-links`, one per meeting chat, keyed on the chat id. */
export const meetingLinks = collection<MeetingLink>('meeting-links');

/** The community a meeting chat is linked to, if one is (and still exists). */
export async function linkedCommunity(deps: Deps, chatId: string): Promise<Stored<Community> | undefined> {
  const link = await deps.store.documents.get(meetingLinks, chatId);
  return link ? deps.store.communities.get(link.value.communityId) : undefined;
}

/** The community of a place: the one a (meeting) chat is linked to, else its own channel's or chat's. */
export async function communityAt(deps: Deps, channel: ChannelRef): Promise<Stored<Community> | undefined> {
  const linked = channel.teamId === null ? await linkedCommunity(deps, channel.channelId) : undefined;
  return linked ?? deps.store.communities.findByChannel(channel);
}

export interface LinkMeetingInput {
  chatId: string;
  communityId: string;
  actorId: string;
}

export interface MeetingLinked {
  community: Community;
  /** False when the chat was linked to this community already (a second click). */
  created: boolean;
}

/**
 * Links a meeting chat to a community, once. Only a facilitator of that community may; a chat linked elsewhere moves
 * only when the actor facilitates the community it is linked to as well, so nobody takes another group's meeting.
 */
export async function linkMeeting(deps: Deps, input: LinkMeetingInput): Promise<Result<MeetingLinked>> {
  const community = await deps.store.communities.get(input.communityId);
  if (!community) return fail('errors.meeting.unknownCommunity');
  const archived = refuseIfArchived(community.value);
  if (archived) return archived;
  if (!(await facilitates(deps, community.value.id, input.actorId)))
    return fail('errors.role.facilitatorOnly', { facilitators: await namesOf(deps, community.value.id) });
  return retryOnConflict(async () => {
    const stored = await deps.store.documents.get(meetingLinks, input.chatId);
    if (stored?.value.communityId === input.communityId) return ok({ community: community.value, created: false });
    if (stored && !(await facilitates(deps, stored.value.communityId, input.actorId)))
      return fail('errors.meeting.linkedElsewhere', { name: await nameOf(deps, stored.value.communityId) });
    const link: MeetingLink = {
      chatId: input.chatId,
      communityId: input.communityId,
      linkedBy: input.actorId,
      linkedAt: deps.clock.now().toISOString(),
    };
    const saved = await deps.store.documents.save(meetingLinks, input.chatId, link, stored?.version ?? null);
    return saved.ok ? ok({ community: community.value, created: true }) : 'conflict';
  });
}

const facilitates = async (deps: Deps, communityId: string, userId: string): Promise<boolean> =>
  (await roleOf(deps, communityId, userId)) === 'facilitator';

const nameOf = async (deps: Deps, communityId: string): Promise<string> =>
  (await deps.store.communities.get(communityId))?.value.name ?? '';
