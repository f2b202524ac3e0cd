import { channelKey, type Community } from '../../../domain/community/community';
import type { CommunityRepository, Stored } from '../../../domain/ports';
import { lookupKey } from './keys';
import { fromProperties, toProperties } from './payload';
import { conditional, conflict, isEtag, ONLY, read, removeIfThere, type Tables } from './tables';

/**
 * A community is an entity keyed on its id; a second entity, keyed on its channel, claims the channel.
 * The two live in different partitions (no transaction spans them), so creation writes the community
 * first and the claim second, and takes the community back when the channel was claimed already. A
 * crash in between leaves a community that no channel leads to: never seen, never in the way.
 */
export function communities(tables: Tables): CommunityRepository {
  const get = async (id: string): Promise<Stored<Community> | undefined> => {
    const entity = await read(tables.Communities, lookupKey(id), ONLY);
    return entity && { value: fromProperties<Community>(entity), version: entity.etag };
  };
  return {
    get,
    findByChannel: async (channel) => {
      const claim = await read<{ communityId: string }>(tables.Channels, lookupKey(channelKey(channel)), ONLY);
      return claim && get(claim.communityId);
    },
    save: async (community, expected) => {
      const partitionKey = lookupKey(community.id);
      if (expected !== null) {
        if (!isEtag(expected)) return conflict();
        return conditional(() =>
          tables.Communities.updateEntity({ partitionKey, rowKey: ONLY, ...toProperties(community) }, 'Replace', {
            etag: expected,
          }),
        );
      }
      const created = await conditional(() =>
        tables.Communities.createEntity({ partitionKey, rowKey: ONLY, ...toProperties(community) }),
      );
      if (!created.ok) return created;
      const channel = lookupKey(channelKey(community.channel));
      const claimed = await conditional(() =>
        tables.Channels.createEntity({ partitionKey: channel, rowKey: ONLY, communityId: community.id }),
      );
      if (claimed.ok) return created;
      // The claim may be our own, from a request the SDK retried after a lost answer.
      const claim = await read<{ communityId: string }>(tables.Channels, channel, ONLY);
      if (claim?.communityId === community.id) return created;
      await removeIfThere(tables.Communities, partitionKey, ONLY, created.version);
      return conflict();
    },
  };
}
