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
  /** The user id of whoever founded it (its first facilitator). */
  createdBy: string;
  /** Afspraken: what members agreed on (preparation, presence, …). */
  agreements: string[];
  driver: Driver;
  createdAt: string;
  /** Set when a facilitator archived the community (end of a PLG): read-only from then on, reports and export stay. */
  archivedAt?: string;
  /** The team's and channel's names as Teams last gave them; absent until Teams answered (and in older records). */
  teamsNames?: TeamsNames;
  /** Set when a facilitator named the community (`/community name`): Teams' names no longer change `name`. */
  namedBy?: string;
}

/** What Teams calls the community's place; `channel` is absent for a team's General channel and in a group chat. */
export interface TeamsNames {
  team: string;
  channel?: string;
}

/** A member of a community; stored one record each, so members joining at once never collide. */
export interface Membership extends Member {
  communityId: string;
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
  teamsNames?: TeamsNames;
}

/** A community as it is created on first use; its founder becomes its first facilitator (see `founderOf`). */
export function createCommunity(input: NewCommunity): Community {
  return {
    id: input.id,
    channel: input.channel,
    name: input.name,
    theme: '',
    kind: 'plg',
    language: input.language,
    createdBy: input.founder.userId,
    agreements: [],
    driver: emptyDriver(),
    createdAt: input.now.toISOString(),
    ...(input.teamsNames ? { teamsNames: input.teamsNames } : {}),
  };
}

/** The membership record of a person joining with a role. */
export function membership(communityId: string, person: Person, role: Role, now: Date): Membership {
  const member: Membership = {
    communityId,
    userId: person.userId,
    name: person.name,
    role,
    joinedAt: now.toISOString(),
  };
  return person.aadObjectId ? { ...member, aadObjectId: person.aadObjectId } : member;
}

export const facilitatorNames = (members: readonly Member[]): string =>
  members
    .filter((m) => m.role === 'facilitator')
    .map((m) => m.name)
    .join(', ');

/** Same key for the same channel, whatever the store. */
export const channelKey = (channel: ChannelRef): string => `${channel.teamId ?? 'chat'}|${channel.channelId}`;
