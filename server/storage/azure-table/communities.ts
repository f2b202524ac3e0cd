import { channelKey, type Community } from '../../../domain/community/community';
import type { CommunityRepository, Stored } from '../../../domain/ports';
import { lookupKey } from './keys';
import { fromProperties, toProperties } from './payload';
import { createClaimed } from './claimed-create';
import { conditional, conflict, isEtag, ONLY, read, type Tables } from './tables';

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
      const claim = {
        table: tables.Channels,
        partitionKey: lookupKey(channelKey(community.channel)),
        rowKey: ONLY,
        field: 'communityId',
      };
      return createClaimed(tables.Communities, partitionKey, toProperties(community), claim, community.id);
    },
  };
}
