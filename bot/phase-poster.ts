import type { TurnContext } from 'botbuilder';
import type { Community } from '../domain/community/community';
import type { Session } from '../domain/session/session';
import { translator, type Translate } from '../i18n/t';
import { boardCard } from './cards/board-card';
import { checkInCard } from './cards/check-in-card';
import type { AdaptiveCard } from './cards/card-kit';
import { phaseCard } from './cards/session-cards';
import { voteCard } from './cards/vote-card';
import { checkInCardKey, postCard, postSharedCard, type BotServices } from './bot-services';
import { sharedBoardView } from './activities/board-handlers';
import { sharedVoteView } from './activities/vote-handlers';
import { sharedActionsView } from './activities/actions-handlers';
import { scheduleSurveyUpdate, sharedSurveyView } from './activities/survey-views';
import { surveyCard } from './cards/survey-card';
import { rankCard } from './cards/rank-card';
import { introductionsCard } from './cards/introductions-card';
import { sharedIntroductionsView } from './activities/introductions-handlers';
import { sharedRankView } from './activities/rank-handlers';
import { actionsCard } from './cards/actions-card';
import { sharedCheckInView } from './check-in-views';
import { phaseCardKey, scheduleSharedUpdate } from './shared-cards';
import { meetingVenueOf, showPhaseInMeeting, type PhaseShown } from './meeting-chat';

/** Posts the card of the session's current phase, in the community's language. */
export async function postCurrentPhase(
  services: BotServices,
  context: TurnContext,
  session: Session,
  community: Community,
): Promise<void> {
  if (session.state.kind !== 'running') return;
  const index = session.state.phaseIndex;
  const venue = await meetingVenueOf(services, session.id);
  if (venue) {
    const shown = await phaseShown(services, session, community);
    return showPhaseInMeeting(services, context, { venue, session, index }, shown);
  }
  // A survey phase left behind closed: its card in the channel shows the results now.
  for (const [i, phase] of session.agenda.entries())
    if (phase.activity === 'survey' && i !== index)
      await scheduleSurveyUpdate(services, session, i, community.language);
  const shared = await sharedCardOf(services, session, index, community);
  if (shared) return postSharedCard(services, context, shared.key, shared.card);
  await postCard(context, phaseCard(session, index, translator(community.language)));
}

/** The current phase's card as the meeting's live card shows it (a talk-only phase: its phase card). */
async function phaseShown(
  services: BotServices,
  session: Session,
  community: Community,
): Promise<PhaseShown & { t: Translate }> {
  const index = session.state.kind === 'running' ? session.state.phaseIndex : 0;
  const t = translator(community.language);
  const draw = async () =>
    (await sharedCardOf(services, session, index, community)) ?? { card: phaseCard(session, index, t) };
  const first = await draw();
  return { ...first, t, render: async () => (await draw()).card };
}

/** After the session ended: every phase card that was posted shows its closed state (the check-in's included). */
export async function closePostedCards(services: BotServices, session: Session, community: Community): Promise<void> {
  for (const index of session.agenda.keys()) {
    const shared = await sharedCardOf(services, session, index, community);
    if (shared)
      await scheduleSharedUpdate(
        services,
        shared.key,
        async () => (await sharedCardOf(services, session, index, community))?.card ?? shared.card,
      );
  }
}

/** The shared card of a phase whose activity has one; undefined for phases that are talk only. */
export async function sharedCardOf(
  services: BotServices,
  session: Session,
  index: number,
  community: Community,
): Promise<{ key: string; card: AdaptiveCard } | undefined> {
  const t = translator(community.language);
  switch (session.agenda[index]?.activity) {
    case 'check-in':
      return { key: checkInCardKey(session.id), card: checkInCard(await sharedCheckInView(services.deps, session), t) };
    case 'brainstorm':
    case 'retrospective':
    case 'check-out':
    case 'agreements':
    case 'discussion':
    case 'driver':
      return {
        key: phaseCardKey(session.id, index),
        card: boardCard(await sharedBoardView(services, session, index, community.language), t),
      };
    case 'dot-vote':
      return {
        key: phaseCardKey(session.id, index),
        card: voteCard(await sharedVoteView(services, session, index), t),
      };
    case 'actions':
      return {
        key: phaseCardKey(session.id, index),
        card: actionsCard(await sharedActionsView(services, session, index, community.language), t),
      };
    case 'survey':
      return {
        key: phaseCardKey(session.id, index),
        card: surveyCard(await sharedSurveyView(services, session, index, community.language), t),
      };
    case 'rank':
      return {
        key: phaseCardKey(session.id, index),
        card: rankCard(await sharedRankView(services, session, index), t),
      };
    case 'introductions':
      return {
        key: phaseCardKey(session.id, index),
        card: introductionsCard(await sharedIntroductionsView(services, session, index), t),
      };
    case 'condense':
    case undefined:
      // No card of their own yet: the phase card says what the phase is for.
      return undefined;
  }
}
