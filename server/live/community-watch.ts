import { createHash } from 'node:crypto';
import { ACTION_KIND } from '../../domain/activities/actions/actions';
import { POST_IT_KIND } from '../../domain/activities/board/board';
import { BALLOT_KIND } from '../../domain/activities/dot-vote/dot-vote';
import { topicLists } from '../../domain/activities/rank/rank-use-cases';
import { driverVersions } from '../../domain/driver/edit-driver';
import { DRIVER_RATING_KIND } from '../../domain/driver/driver-rating';
import type { Deps, Logger } from '../../domain/ports';
import { agendaDrafts } from '../../domain/session/agenda-draft';
import { stagePins } from '../../domain/meeting/stage-pin';

export type Listener = (fingerprint: string) => void;

/**
 * Live updates derived from the store, so they work with several server instances on one store:
 * one poller per watched community (shared by all its connections) reads a fingerprint of what the
 * tab shows about once a second and tells the listeners when it changed.
 */
export class CommunityWatch {
  private readonly watched = new Map<
    string,
    { listeners: Set<Listener>; last?: string; timer: NodeJS.Timeout; busy: boolean }
  >();
  private readonly closers = new Set<() => void>();

  constructor(
    private readonly deps: Deps,
    private readonly log: Logger,
    private readonly intervalMs = 1000,
  ) {}

  /** Calls `listener` on every change of the community until the returned function is called. */
  subscribe(communityId: string, listener: Listener): () => void {
    let entry = this.watched.get(communityId);
    if (!entry) {
      const created = {
        listeners: new Set<Listener>(),
        timer: setInterval(() => void this.poll(communityId), this.intervalMs),
        busy: false,
      };
      created.timer.unref();
      this.watched.set(communityId, created);
      entry = created;
      void this.poll(communityId);
    }
    entry.listeners.add(listener);
    // Someone joining a watched community learns the current state at once, like the first one did.
    const known = entry.last;
    if (known !== undefined) queueMicrotask(() => listener(known));
    return () => {
      const current = this.watched.get(communityId);
      current?.listeners.delete(listener);
      if (current && current.listeners.size === 0) {
        clearInterval(current.timer);
        this.watched.delete(communityId);
      }
    };
  }

  /** How many communities are polled right now (one poller each, however many connections). */
  get pollers(): number {
    return this.watched.size;
  }

  /** `end` runs when the watch closes (the server stops): streams end, so the server can close. */
  onClose(end: () => void): () => void {
    this.closers.add(end);
    return () => this.closers.delete(end);
  }

  close(): void {
    for (const entry of this.watched.values()) clearInterval(entry.timer);
    this.watched.clear();
    for (const end of [...this.closers]) end();
    this.closers.clear();
  }

  private async poll(communityId: string): Promise<void> {
    const entry = this.watched.get(communityId);
    if (!entry || entry.busy) return;
    entry.busy = true;
    try {
      const fingerprint = await fingerprintOf(this.deps, communityId);
      if (fingerprint !== entry.last) {
        entry.last = fingerprint;
        for (const listener of entry.listeners) listener(fingerprint);
      }
    } catch (error) {
      this.log.warn('live update poll failed', {
        communityId,
        error: error instanceof Error ? error.message : String(error),
      });
    } finally {
      entry.busy = false;
    }
  }
}

/** A hash of everything the tab's views show of a community; equal hashes mean nothing to refetch. */
export async function fingerprintOf(deps: Deps, communityId: string): Promise<string> {
  const { store } = deps;
  const community = await store.communities.get(communityId);
  const session = await store.sessions.latest(communityId);
  const sessionId = session?.value.id ?? '';
  const parts: unknown[] = [
    community?.version,
    session?.version,
    session?.value.id,
    (await store.documents.list(driverVersions, `${communityId}:`)).length,
    (await store.documents.get(topicLists, communityId))?.version,
    (await store.documents.get(agendaDrafts, communityId))?.version,
    (await store.members.list(communityId)).map((m) => `${m.userId}:${m.role}`),
    (await store.contributions.listInCommunity(communityId, ACTION_KIND)).map((a) => a.data),
    (await store.contributions.listInCommunity(communityId, DRIVER_RATING_KIND)).length,
  ];
  if (sessionId) {
    parts.push(await store.checkIns.count(sessionId));
    parts.push((await store.contributions.list(sessionId, POST_IT_KIND)).map((p) => [p.id, p.data]));
    parts.push(await store.contributions.countWithPrefix(sessionId, BALLOT_KIND, ''));
    parts.push((await store.documents.get(stagePins, sessionId))?.version);
  }
  return createHash('sha1').update(JSON.stringify(parts)).digest('base64url').slice(0, 16);
}
