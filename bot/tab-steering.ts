import type { TurnContext } from 'botbuilder';
import type { Community, Person } from '../domain/community/community';
import type { Session } from '../domain/session/session';
import { checkInCardKey, type BotServices, type PostedCard } from './bot-services';
import { scheduleCheckInCardUpdate } from './check-in-views';
import { announceEnded } from './commands/session-commands';
import { postCurrentPhase, updateSharedCard } from './phase-poster';
import { requestEndOfSessionFiling } from './reports/request-report';
import { phaseCardKey } from './shared-cards';
import { meetingVenueOf } from './meeting-chat';

/** What someone changed from the tab, so the bot can bring the channel's cards up to date. */
export interface SessionChange {
  /**
   * `driver`: the driver was saved, so the driver step's card shows it as it stands. `contributed`: a member added to
   * the phase from the tab (a post-it, dots, a rating); `checked-in`: a member checked in there; `extended`: five
   * minutes more; `ended`: the facilitator `actor` ended the session; `actions`: a member changed an action of the
   * session (its actions card shows it).
   */
  what:
    | 'moved'
    | 'opened'
    | 'revealed'
    | 'condensed'
    | 'driver'
    | 'contributed'
    | 'checked-in'
    | 'extended'
    | 'ended'
    | 'actions';
  session: Session;
  community: Community;
  phaseIndex: number;
  actor?: Person;
}

/** A facilitator steered from the tab: the channel gets the new phase's card, or the changed card is updated. */
export async function tabChangeToChannel(services: BotServices, change: SessionChange): Promise<void> {
  const { session, community, phaseIndex } = change;
  if (change.what === 'checked-in') return scheduleCheckInCardUpdate(services, session.id, community.language);
  if (change.what === 'ended') {
    const actor = change.actor ?? { userId: session.startedBy ?? '', name: '' };
    const said = await inSessionThread(services, session, (context) =>
      announceEnded(services, context, actor, { session, community }),
    );
    if (!said) await requestEndOfSessionFiling(services, session, community, actor);
    return;
  }
  if (change.what !== 'moved') return updateSharedCard(services, session, phaseIndex, community);
  if (!(await inSessionThread(services, session, (context) => postCurrentPhase(services, context, session, community))))
    services.log.info('no card of this session was posted yet: the new phase shows in the tab only', {
      sessionId: session.id,
    });
}

/**
 * Runs `post` where the session runs, paced like any other turn: its meeting's chat when it runs in one, else the
 * thread of the first card of this session that was posted.
 */
async function inSessionThread(
  services: BotServices,
  session: Session,
  post: (context: TurnContext) => Promise<unknown>,
): Promise<boolean> {
  const venue = await meetingVenueOf(services, session.id);
  if (venue) {
    await services.proactive.continue(venue.reference, async (context) => {
      await post(context);
    });
    return true;
  }
  const keys = [checkInCardKey(session.id), ...session.agenda.map((_p, i) => phaseCardKey(session.id, i))];
  for (const key of keys) {
    const posted = await services.deps.store.keyValues.get<PostedCard>(key);
    if (!posted) continue;
    await services.proactive.continue(posted.reference, async (context) => {
      await post(context);
    });
    return true;
  }
  return false;
}
