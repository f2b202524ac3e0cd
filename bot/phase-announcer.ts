import type { Session } from '../domain/session/session';
import { translator } from '../i18n/t';
import { postCard, type BotServices } from './bot-services';
import { placeOf } from './channel-places';
import { meetingVenueOf } from './meeting-chat';
import { noticeCard } from './cards/notice-card';
import { postCurrentPhase } from './phase-poster';

/** A phase moved on by its timebox: the channel hears so and gets the new phase's card. */
export async function announceTimedAdvance(services: BotServices, session: Session): Promise<void> {
  const community = await services.deps.store.communities.get(session.communityId);
  const venue = await meetingVenueOf(services, session.id);
  // In a meeting the live card and its one line say it; no notice card on top.
  if (community && venue)
    return services.proactive.continue(venue.reference, (context) =>
      postCurrentPhase(services, context, session, community.value),
    );
  const place = await placeOf(services.deps.store, session.communityId);
  if (!community || !place) {
    services.log.warn('phase moved on by its timebox, but no channel is known to tell', { sessionId: session.id });
    return;
  }
  const t = translator(community.value.language);
  await services.proactive.continue(place.reference, async (context) => {
    await postCard(context, noticeCard(t('timebox.advanced'), 'Good'));
    await postCurrentPhase(services, context, session, community.value);
  });
}
