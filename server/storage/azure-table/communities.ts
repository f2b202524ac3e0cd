import { channelKey, type Community } from '../../../domain/community/community';
import type { CommunityRepository } from '../../../domain/ports';
import { lookupKey } from './keys';
import { onlyEntityReader, replaceOnlyEntity } from './only-entity';
import { toProperties } from './payload';
import { createClaimed } from './claimed-create';
import { ONLY, read, type Tables } from './tables';

/**
 * A community is an entity keyed on its id; a second entity, keyed on its channel, claims the channel.
 * The two live in different partitions (no transaction spans them), so creation writes the community
 * first and the claim second, and takes the community back when the channel was claimed already. A
 * crash in between leaves a community that no channel leads to: never seen, never in the way.
 */
export function communities(tables: Tables): CommunityRepository {
  const get = onlyEntityReader<Community>(tables.Communities);
  return {
    get,
    findByChannel: async (channel) => {
      const claim = await read<{ communityId: string }>(tables.Channels, lookupKey(channelKey(channel)), ONLY);
      return claim && get(claim.communityId);
    },
    save: async (community, expected) => {
      if (expected !== null) return replaceOnlyEntity(tables.Communities, community.id, community, expected);
      const claim = {
        table: tables.Channels,
        partitionKey: lookupKey(channelKey(community.channel)),
        rowKey: ONLY,
        field: 'communityId',
      };
      return createClaimed(tables.Communities, lookupKey(community.id), toProperties(community), claim, community.id);
    },
  };
}
