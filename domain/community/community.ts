import { emptyDriver, type Driver } from '../driver/driver';

export type Role = 'facilitator' | 'member' | 'observer';
export type CommunityKind = 'plg' | 'learning-group' | 'theme-group' | 'learning-work-community';
export type Language = 'nl' | 'en';

/** Where a community lives: a team channel, or a group chat (teamId null, channelId the chat id). */
export interface ChannelRef {
  teamId: string | null;
  channelId: string;
}

/** A person in the community, keyed on their Teams user id. */
export interface Member {
  userId: string;
  name: string;
  aadObjectId?: string;
  role: Role;
  joinedAt: string;
}

/** A professional learning community, bound to one channel. */
export interface Community {
  id: string;
  channel: ChannelRef;
  name: string;
  theme: string;
  kind: CommunityKind;
  language: Language;
  members: Member[];
  /** Afspraken: what members agreed on (preparation, presence, …). */
  agreements: string[];
  driver: Driver;
  createdAt: string;
}

/** Who is acting: the Teams user behind a message or a card click. */
export interface Person {
  userId: string;
  name: string;
  aadObjectId?: string;
}

export interface NewCommunity {
  id: string;
  channel: ChannelRef;
  name: string;
  language: Language;
  founder: Person;
  now: Date;
}

/** A community as it is created on first use: its founder is its first facilitator. */
export function createCommunity(input: NewCommunity): Community {
  return {
    id: input.id,
    channel: input.channel,
    name: input.name,
    theme: '',
    kind: 'plg',
    language: input.language,
    members: [toMember(input.founder, 'facilitator', input.now)],
    agreements: [],
    driver: emptyDriver(),
    createdAt: input.now.toISOString(),
  };
}

export const roleOf = (community: Community, userId: string): Role | undefined =>
  community.members.find((m) => m.userId === userId)?.role;

export const facilitators = (community: Community): Member[] =>
  community.members.filter((m) => m.role === 'facilitator');

/** Adds the person with the role if they are not a member yet; keeps an existing member's role. */
export function withMember(community: Community, person: Person, role: Role, now: Date): Community {
  if (roleOf(community, person.userId)) return community;
  return { ...community, members: [...community.members, toMember(person, role, now)] };
}

/** Same key for the same channel, whatever the store. */
export const channelKey = (channel: ChannelRef): string => `${channel.teamId ?? 'chat'}|${channel.channelId}`;

function toMember(person: Person, role: Role, now: Date): Member {
  const member: Member = { userId: person.userId, name: person.name, role, joinedAt: now.toISOString() };
  return person.aadObjectId ? { ...member, aadObjectId: person.aadObjectId } : member;
}
