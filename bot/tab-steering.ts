import type { Community } from '../domain/community/community';
import type { Session } from '../domain/session/session';
import { checkInCardKey, type BotServices, type PostedCard } from './bot-services';
import { postCurrentPhase, sharedCardOf } from './phase-poster';
import { phaseCardKey, scheduleSharedUpdate } from './shared-cards';

/** What someone changed from the tab, so the bot can bring the channel's cards up to date. */
export interface SessionChange {
  /**
   * `driver`: the driver was saved, so the driver step's card shows it as it stands; `actions`: a member changed an
   * action of the session (its actions card shows it).
   */
  what: 'moved' | 'opened' | 'revealed' | 'condensed' | 'driver' | 'actions';
  session: Session;
  community: Community;
  phaseIndex: number;
}

/** A facilitator steered from the tab: the channel gets the new phase's card, or the changed card is updated. */
export async function tabChangeToChannel(services: BotServices, change: SessionChange): Promise<void> {
  const { session, community, phaseIndex } = change;
  if (change.what !== 'moved') {
    const card = await sharedCardOf(services, session, phaseIndex, community);
    if (card)
      await scheduleSharedUpdate(
        services,
        card.key,
        async () => (await sharedCardOf(services, session, phaseIndex, community))?.card ?? card.card,
      );
    return;
  }
  const keys = [checkInCardKey(session.id), ...session.agenda.map((_p, i) => phaseCardKey(session.id, i))];
  for (const key of keys) {
    const posted = await services.deps.store.keyValues.get<PostedCard>(key);
    if (!posted) continue;
    // In the thread of the first card of this session that was posted, paced like any other turn.
    await services.proactive.continue(posted.reference, (context) =>
      postCurrentPhase(services, context, session, community),
    );
    return;
  }
  services.log.info('no card of this session was posted yet: the new phase shows in the tab only', {
    sessionId: session.id,
  });
}
