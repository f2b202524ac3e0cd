import type { TurnContext } from 'botbuilder';
import type { Community } from '../domain/community/community';
import type { Session } from '../domain/session/session';
import { translator } from '../i18n/t';
import { checkInCard } from './cards/check-in-card';
import { phaseCard } from './cards/session-cards';
import { checkInCardKey, postCard, postSharedCard, type BotServices } from './bot-services';
import { sharedCheckInView } from './check-in-views';

/** Posts the card of the session's current phase, in the community's language. */
export async function postCurrentPhase(services: BotServices, context: TurnContext, session: Session, community: Community): Promise<void> {
  if (session.state.kind !== 'running') return;
  const index = session.state.phaseIndex;
  const t = translator(community.language);
  if (session.agenda[index]?.activity === 'check-in') {
    const card = checkInCard(await sharedCheckInView(services.deps, session), t);
    await postSharedCard(services, context, checkInCardKey(session.id), card);
    return;
  }
  await postCard(context, phaseCard(session, index, t));
}
