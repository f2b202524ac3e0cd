import type { ChannelRef, Community, Membership } from './community/community';
import type { Session } from './session/session';
import type { CheckIn } from './activities/check-in/check-in';
import type { ActionItem } from './activities/actions/actions';
import type { Collection } from './collection';
import type { StoreTrouble } from './store-unavailable';

/** Opaque version of a stored record (a counter in SQLite, an ETag in Azure Storage). */
export type Version = string;

/** A record as read from the store, with the version to pass back when saving it. */
export interface Stored<T> {
  value: T;
  version: Version;
}

/** `conflict`: somebody else saved the record since it was read (or created it first). */
export type SaveOutcome = { ok: true; version: Version } | { ok: false; reason: 'conflict' };

/** Communities, one per Teams channel (or group chat). */
export interface CommunityRepository {
  get(id: string): Promise<Stored<Community> | undefined>;
  findByChannel(channel: ChannelRef): Promise<Stored<Community> | undefined>;
  /** `expected` null creates the record; otherwise saves only if the stored version still matches. */
  save(community: Community, expected: Version | null): Promise<SaveOutcome>;
}

/** Members of communities, one record each. */
export interface MemberRepository {
  get(communityId: string, userId: string): Promise<Membership | undefined>;
  list(communityId: string): Promise<Membership[]>;
  /** Adds the member unless they already belong to the community (then their role stays as it is). */
  add(member: Membership): Promise<'created' | 'exists'>;
  /** Gives a member another role; adds them with that role when they had not joined yet. */
  setRole(member: Membership): Promise<void>;
  /** Every community membership of a user (for /forget-me, which has to find them all). */
  listByUser(userId: string): Promise<Membership[]>;
  /** Takes the member out of the community; nothing happens when they were not in it. */
  remove(communityId: string, userId: string): Promise<void>;
}

/** Sessions of communities. At most one per community is running; numbers are unique per community. */
export interface SessionRepository {
  get(id: string): Promise<Stored<Session> | undefined>;
  latest(communityId: string): Promise<Stored<Session> | undefined>;
  /** Every session of the community, by number (first session first). */
  list(communityId: string): Promise<Stored<Session>[]>;
  save(session: Session, expected: Version | null): Promise<SaveOutcome>;
}

/** `created`, `updated`, or `unchanged` when the same answer was already stored (a double click). */
export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

/** One check-in per member per session; a later submission replaces the earlier one. */
export interface CheckInRepository {
  upsert(checkIn: CheckIn): Promise<UpsertOutcome>;
  get(sessionId: string, userId: string): Promise<CheckIn | undefined>;
  list(sessionId: string): Promise<CheckIn[]>;
  count(sessionId: string): Promise<number>;
  /** Removes the member's check-in of the session, if there is one. */
  remove(sessionId: string, userId: string): Promise<void>;
}

/** Something a member contributed to a session: a post-it, a ballot, an action… Keyed per session, kind and id. */
export interface Contribution<T = unknown> {
  communityId: string;
  sessionId: string;
  phaseIndex: number;
  kind: string;
  /** Unique within the session and kind (a ballot uses its voter's user id: one each). */
  id: string;
  authorId: string;
  data: T;
  createdAt: string;
}

/** Contributions, each its own record so that members writing at once never collide. */
export interface ContributionRepository {
  get<T>(sessionId: string, kind: string, id: string): Promise<Stored<Contribution<T>> | undefined>;
  /** In the order they were created. */
  list<T>(sessionId: string, kind: string): Promise<Contribution<T>[]>;
  /** How many there are of a kind whose id starts with `idPrefix` (cheap: no record is read). */
  countWithPrefix(sessionId: string, kind: string, idPrefix: string): Promise<number>;
  /** Across every session of a community (e.g. its open actions). */
  listInCommunity<T>(communityId: string, kind: string): Promise<Contribution<T>[]>;
  /** Every contribution of every kind in the community, with its version (export, forget-me). */
  listAllInCommunity(communityId: string): Promise<Stored<Contribution>[]>;
  /** `expected` null creates (conflict if the id exists); otherwise replaces the version read. */
  save<T>(contribution: Contribution<T>, expected: Version | null): Promise<SaveOutcome>;
  remove(sessionId: string, kind: string, id: string, expected: Version): Promise<SaveOutcome>;
}

/** Small keyed JSON records that adapters keep (where to post in a channel, what was done once). */
export interface KeyValueRepository {
  get<T>(key: string): Promise<T | undefined>;
  put<T>(key: string, value: T): Promise<void>;
  /** Stores the value only if the key is new; true when this call stored it. */
  putIfAbsent<T>(key: string, value: T): Promise<boolean>;
  /**
   * Every record whose key starts with `keyPrefix`, in key order (keys longer than about 120 characters may be left out
   * in Azure).
   */
  list<T>(keyPrefix: string): Promise<{ key: string; value: T }[]>;
  remove(key: string): Promise<void>;
}

/** A versioned document with its id, as listed from a collection. */
export interface StoredDocument<T> extends Stored<T> {
  id: string;
}

/**
 * Versioned JSON documents in named collections: a driver canvas and its history, the report outbox,
 * the schedule, scheduler claims. Each collection is declared once beside its type (`collection<T>(name, read)`);
 * every read passes through its `read`. Ids are free text; listing is in id order, so ids that sort (dates,
 * zero-padded numbers) list in a useful order.
 */
export interface DocumentRepository {
  get<T>(collection: Collection<T>, id: string): Promise<Stored<T> | undefined>;
  /** Every document of the collection whose id starts with `idPrefix` (all when empty), in id order. */
  list<T>(collection: Collection<T>, idPrefix?: string): Promise<StoredDocument<T>[]>;
  /** `expected` null creates (conflict if the id exists); otherwise replaces only the version read. */
  save<T>(collection: Collection<T>, id: string, value: NoInfer<T>, expected: Version | null): Promise<SaveOutcome>;
  remove(collection: Collection<unknown>, id: string, expected: Version): Promise<SaveOutcome>;
}

export interface StoreHealth {
  kind: string;
  location: string;
  ok: boolean;
  reason?: StoreTrouble;
}

/** Everything the use cases persist. Faults of the backend are thrown as `StoreUnavailable`. */
export interface Store {
  communities: CommunityRepository;
  members: MemberRepository;
  sessions: SessionRepository;
  checkIns: CheckInRepository;
  contributions: ContributionRepository;
  keyValues: KeyValueRepository;
  documents: DocumentRepository;
  /** For the health endpoint: which backend, where, whether it answers, and if not, why. */
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  next(): string;
}

/** What every use case gets. */
export interface Deps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  /** Listeners outside the domain (To Do sync): told after a change is saved; they never hold it up. */
  hooks?: { actionChanged?(action: Contribution<ActionItem>): void };
}

/** The log adapters write to; fields must never hold secrets or what members typed. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}
