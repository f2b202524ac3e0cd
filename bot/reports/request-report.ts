import { enqueueFiling } from '../../domain/report/filing';
import type { Community, Person } from '../../domain/community/community';
import type { BotServices } from '../bot-services';
import { placeOf } from '../channel-places';

/** Puts the session's report in the outbox (stored before anything else happens) and wakes the filer. */
export async function requestReport(
  services: BotServices,
  sessionId: string,
  community: Community,
  requester: Person,
): Promise<void> {
  const place = await placeOf(services.deps.store, community.id);
  await enqueueFiling(services.deps, {
    sessionId,
    target: {
      communityId: community.id,
      graphTeamId: place?.graphTeamId ?? null,
      channelId: place?.channelId ?? community.channel.channelId,
      language: community.language,
    },
    requestedBy: { userId: requester.userId, ...(requester.aadObjectId ? { aadObjectId: requester.aadObjectId } : {}) },
  });
  services.reports.kick();
}
