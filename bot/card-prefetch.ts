import { channelKey } from '../domain/community/community';
import type { Store } from '../domain/ports';
import type { CardData } from './check-in-actions';
import type { TurnInfo } from './turn-info';

/** Channels whose community we have seen; a community keeps its channel, so a stale entry only costs a read. */
const MAX_CHANNELS = 1000;
const communityOfChannel = new Map<string, string>();

/**
 * Starts, all at once, the reads every card click makes one after the other: the session the card names, the
 * community of the channel, and the clicker's membership. Made through the turn's shared reads
 * (domain/turn-reads.ts), they are picked up where the code asks for them; a click on Azure Table storage waits
 * for one round trip instead of four.
 */
export function prefetchCardReads(store: Store, turn: TurnInfo, data: CardData): void {
  const sessionId = data.sessionId;
  if (typeof sessionId === 'string' && sessionId) void store.sessions.get(sessionId).catch(ignore);
  if (!turn.place) return;
  const key = channelKey(turn.place.channel);
  void store.communities
    .findByChannel(turn.place.channel)
    .then((found) => found && remember(key, found.value.id), ignore);
  const communityId = communityOfChannel.get(key);
  // Not the member list: a vote or a check-in does not need it, and in a big community it is the costliest read.
  if (communityId) void store.members.get(communityId, turn.actor.userId).catch(ignore);
}

function remember(key: string, communityId: string): void {
  if (communityOfChannel.size >= MAX_CHANNELS && !communityOfChannel.has(key)) communityOfChannel.clear();
  communityOfChannel.set(key, communityId);
}

// The code that needs a read gets its failure itself; the early start must not add one.
const ignore = (): void => undefined;
