import type { Community } from '../community/community';
import { fail, type ErrorCode, type Result } from '../errors';

/** Why a write in an archived community is refused: the i18n key of the message. */
export const ARCHIVED: ErrorCode = 'data.archive.refused';

export const isArchived = (community: Community): boolean => community.archivedAt !== undefined;

/** The refusal for a write in an archived community, else undefined. */
export const refuseIfArchived = (community: Community): Result<never> | undefined =>
  isArchived(community) ? fail(ARCHIVED) : undefined;
