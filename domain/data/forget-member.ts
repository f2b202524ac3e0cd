import { USER_COMMUNITIES, userCommunities } from '../community/user-communities';
import type { CheckIn } from '../activities/check-in/check-in';
import type { Language, Person } from '../community/community';
import type { Contribution, Deps, SaveOutcome, Stored } from '../ports';
import type { Session } from '../session/session';
import { communityDocuments, type CommunityDocument } from './community-records';
import { mentions, pseudonymise, type Forgotten } from './pseudonymise';

/** The tab's cache of which communities an Entra user may see, keyed by their object id (server/tab-api/access.ts). */
export const USER_COMMUNITIES_COLLECTION = USER_COMMUNITIES;

export interface ForgetInput {
  person: Person;
  /** "Former member" in the community's language: what their name becomes. */
  labelFor: (language: Language) => string;
}

export interface ForgetOutcome {
  /** In how many communities something was forgotten; 0 when there was nothing (left) to forget. */
  communities: number;
}

const ATTEMPTS = 8;

/**
 * /forget-me: in every community the person belongs to, their Teams user id and Entra object id become a
 * pseudonym (one per community) and their name a "former member" label, wherever stored: sessions, check-ins,
 * contributions (post-its and actions stay, ballots and survey markers keep counting), documents, the
 * community, the channel's remembered conversation. The free-text answers of their check-ins are removed
 * (mood, colour and one word stay, unnamed, for the counts). Their membership, their personal chat reference
 * and the tab's cache of their communities are removed. Idempotent: a second run finds nothing left.
 */
export async function forgetMember(deps: Deps, input: ForgetInput): Promise<ForgetOutcome> {
  const { person } = input;
  const memberships = await deps.store.members.listByUser(person.userId);
  const aadIds = [person.aadObjectId, ...memberships.map((m) => m.aadObjectId)].filter((id): id is string => !!id);
  const ids = [...new Set([person.userId, ...aadIds])];
  const names = [...new Set([person.name, ...memberships.map((m) => m.name)])];
  for (const m of memberships) {
    const community = await deps.store.communities.get(m.communityId);
    const label = input.labelFor(community?.value.language ?? 'nl');
    await forgetIn(
      deps,
      m.communityId,
      { ids, names, label, pseudonym: `former-member-${deps.ids.next()}` },
      person.userId,
    );
  }
  await forgetEverywhere(deps, person.userId, aadIds);
  return { communities: memberships.length };
}

async function forgetIn(deps: Deps, communityId: string, who: Forgotten, userId: string): Promise<void> {
  const { store } = deps;
  const sessions = await store.sessions.list(communityId);
  for (const s of sessions) {
    await rewrite(
      () => store.sessions.get(s.value.id),
      (v: Session, version) => store.sessions.save(v, version),
      who,
    );
    await moveCheckIn(deps, s.value.id, userId, who);
    for (const { key, value } of await store.keyValues.list(`card:${s.value.id}:`))
      await rewriteKeyValue(deps, key, value, who);
    await rewriteKeyValue(
      deps,
      `card:check-in:${s.value.id}`,
      await store.keyValues.get(`card:check-in:${s.value.id}`),
      who,
    );
  }
  for (const c of await store.contributions.listAllInCommunity(communityId)) await rewriteContribution(deps, c, who);
  for (const d of await communityDocuments(
    deps,
    communityId,
    sessions.map((s) => s.value.id),
  ))
    await rewriteDocument(deps, d, who);
  await rewrite(
    () => store.communities.get(communityId),
    (v, version) => store.communities.save(v, version),
    who,
  );
  await rewriteKeyValue(deps, `place:${communityId}`, await store.keyValues.get(`place:${communityId}`), who);
  await store.members.remove(communityId, userId);
}

/** What is left outside any community: the personal chat, the welcome marker of that chat, the tab's cache. */
async function forgetEverywhere(deps: Deps, userId: string, aadIds: readonly string[]): Promise<void> {
  const { store } = deps;
  await store.keyValues.remove(`personal:${userId}`);
  // A personal chat's id may hold the user id in any form: losing a welcome marker only means another welcome.
  const ids = [userId, ...aadIds];
  for (const { key } of await store.keyValues.list('welcomed:'))
    if (ids.some((id) => key.includes(id))) await store.keyValues.remove(key);
  for (const oid of aadIds) {
    const cached = await store.documents.get(userCommunities, oid);
    if (cached) await store.documents.remove(userCommunities, oid, cached.version);
  }
}

/** The check-in moves to the pseudonym; its free-text answers are theirs and go. */
async function moveCheckIn(deps: Deps, sessionId: string, userId: string, who: Forgotten): Promise<void> {
  const checkIn = await deps.store.checkIns.get(sessionId, userId);
  if (!checkIn) return;
  const kept: CheckIn = { ...pseudonymise(checkIn, who), answer: '', sinceLastTime: '', obstacles: '' };
  await deps.store.checkIns.upsert(kept);
  await deps.store.checkIns.remove(sessionId, userId);
}

/** Read, pseudonymise, save over the version read; a concurrent write means another round. */
async function rewrite<T>(
  read: () => Promise<Stored<T> | undefined>,
  save: (value: T, version: string) => Promise<SaveOutcome>,
  who: Forgotten,
): Promise<void> {
  for (let i = 0; i < ATTEMPTS; i++) {
    const stored = await read();
    if (!stored || !mentions(stored.value, who)) return;
    if ((await save(pseudonymise(stored.value, who), stored.version)).ok) return;
  }
  throw new Error('forget-me: a record kept changing while it was being rewritten; running it again finishes the job');
}

const contributionKey = (c: Contribution) => `${c.sessionId}\u0000${c.kind}\u0000${c.id}`;

/** A ballot or a survey marker is keyed by the voter's id: it moves to a new key, so it keeps counting. */
async function rewriteContribution(deps: Deps, c: Stored<Contribution>, who: Forgotten): Promise<void> {
  const contributions = deps.store.contributions;
  if (!mentions(c.value, who)) return;
  const next = pseudonymise(c.value, who);
  if (contributionKey(next) === contributionKey(c.value)) {
    return rewrite(
      () => contributions.get(c.value.sessionId, c.value.kind, c.value.id),
      (v, version) => contributions.save(v, version),
      who,
    );
  }
  await contributions.save(next, null); // a conflict: an earlier, interrupted run moved it already
  await contributions.remove(c.value.sessionId, c.value.kind, c.value.id, c.version);
}

async function rewriteDocument(deps: Deps, d: CommunityDocument, who: Forgotten): Promise<void> {
  const documents = deps.store.documents;
  const id = pseudonymise(d.id, who);
  if (id === d.id)
    return rewrite(
      () => documents.get(d.collection, d.id),
      (v, version) => documents.save(d.collection, d.id, v, version),
      who,
    );
  await documents.save(d.collection, id, pseudonymise(d.value, who), null);
  await documents.remove(d.collection, d.id, d.version);
}

async function rewriteKeyValue(deps: Deps, key: string, value: unknown, who: Forgotten): Promise<void> {
  if (value !== undefined && mentions(value, who)) await deps.store.keyValues.put(key, pseudonymise(value, who));
}
