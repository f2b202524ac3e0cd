import { odata, type TableEntity } from '@azure/data-tables';
import type { Membership, Role } from '../../../domain/community/community';
import type { MemberRepository } from '../../../domain/ports';
import { lookupKey } from './keys';
import { fromProperties, toProperties } from './payload';
import { all, compareStamps, creationStamp, read, removeIfThere, statusOf, type Tables } from './tables';

/**
 * One entity per member in their community's partition. The role is a property of its own, so that
 * `setRole` changes it with one Merge and no read; `stamp` orders the list by when members joined.
 */
export function members(tables: Tables): MemberRepository {
  const table = tables.Members;
  const create = (m: Membership) =>
    table.createEntity({
      partitionKey: lookupKey(m.communityId),
      rowKey: lookupKey(m.userId),
      ...toProperties(m),
      role: m.role,
      stamp: creationStamp(),
    });
  return {
    get: async (communityId, userId) => {
      const entity = await read(table, lookupKey(communityId), lookupKey(userId));
      return entity && membershipOf(entity);
    },
    list: async (communityId) => {
      const entities = await all(table, odata`PartitionKey eq ${lookupKey(communityId)}`);
      return entities.sort(compareStamps).map(membershipOf);
    },
    // A scan over every community's partition: rare (only /forget-me asks), so no second index is kept.
    listByUser: async (userId) =>
      (await all(table, odata`RowKey eq ${lookupKey(userId)}`)).sort(compareStamps).map(membershipOf),
    remove: (communityId, userId) => removeIfThere(table, lookupKey(communityId), lookupKey(userId)),
    add: async (m) => {
      try {
        await create(m);
        return 'created';
      } catch (error) {
        if (statusOf(error) === 409) return 'exists';
        throw error;
      }
    },
    setRole: async (m) => {
      const partitionKey = lookupKey(m.communityId);
      const rowKey = lookupKey(m.userId);
      // Merge onto the member if there is one, else add them; a join racing in between just means another round.
      for (;;) {
        try {
          await table.updateEntity({ partitionKey, rowKey, role: m.role }, 'Merge', { etag: '*' });
          return;
        } catch (error) {
          if (statusOf(error) !== 404) throw error;
        }
        try {
          await create(m);
          return;
        } catch (error) {
          if (statusOf(error) !== 409) throw error;
        }
      }
    },
  };
}

function membershipOf(entity: TableEntity<Record<string, unknown>>): Membership {
  return { ...fromProperties<Membership>(entity), role: entity.role as Role };
}
