import { enqueueFiling, type FiledDocument } from '../../domain/report/filing';
import type { Community, Person } from '../../domain/community/community';
import type { Session } from '../../domain/session/session';
import { sessionSchoolYear } from '../../domain/report/year/school-year';
import type { BotServices } from '../bot-services';
import { placeOf } from '../channel-places';

/** Puts the session's report in the outbox (stored before anything else happens) and wakes the filer. */
export function requestReport(
  services: BotServices,
  sessionId: string,
  community: Community,
  requester: Person,
): Promise<void> {
  return request(services, sessionId, community, requester, { kind: 'session-report' });
}

/**
 * Puts the year portfolio of the session's school year in the outbox, through the same outbox as the session
 * reports (one job per community and school year). Returns the school year (`2026-2027`).
 */
export async function requestYearPortfolio(
  services: BotServices,
  session: Session,
  community: Community,
  requester: Person,
): Promise<string> {
  const schoolYear = sessionSchoolYear(session, services.deps.clock.now());
  await request(services, session.id, community, requester, { kind: 'year-portfolio', schoolYear });
  return schoolYear;
}

/** After a session ended: its report; after the closing session also the year portfolio. */
export async function requestEndOfSessionFiling(
  services: BotServices,
  session: Session,
  community: Community,
  requester: Person,
): Promise<void> {
  await requestReport(services, session.id, community, requester);
  if (session.format === 'closing') await requestYearPortfolio(services, session, community, requester);
}

async function request(
  services: BotServices,
  sessionId: string,
  community: Community,
  requester: Person,
  document: FiledDocument,
): Promise<void> {
  const place = await placeOf(services.deps.store, community.id);
  await enqueueFiling(services.deps, {
    document,
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
