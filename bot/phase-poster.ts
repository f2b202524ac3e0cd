import type { TurnContext } from 'botbuilder';
import type { Community } from '../domain/community/community';
import type { Session } from '../domain/session/session';
import { translator, type Translate } from '../i18n/t';
import type { ActivityKind } from '../domain/session/formats';
import type { AdaptiveCard } from './cards/card-kit';
import { phaseCard as talkCard } from './cards/session-cards';
import { checkInCardKey, postCard, postSharedCard, type BotServices } from './bot-services';
import type { PhaseCardRender } from './activities/phase-card';
import { sharedBoardCard } from './activities/board-handlers';
import { sharedVoteCard } from './activities/vote-handlers';
import { sharedActionsCard } from './activities/actions-handlers';
import { scheduleSurveyUpdate, sharedSurveyCard } from './activities/survey-views';
import { sharedIntroductionsCard } from './activities/introductions-handlers';
import { sharedRankCard } from './activities/rank-handlers';
import { sharedCheckInCard } from './check-in-views';
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
  await postCard(context, talkCard(session, index, translator(community.language)));
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
    (await sharedCardOf(services, session, index, community)) ?? { card: talkCard(session, index, t) };
  const first = await draw();
  return { ...first, t, render: async () => (await draw()).card };
}

/** After the session ended: every phase card that was posted shows its closed state (the check-in's included). */
export async function closePostedCards(services: BotServices, session: Session, community: Community): Promise<void> {
  for (const index of session.agenda.keys()) await updateSharedCard(services, session, index, community);
}

/** Brings the shared card of a phase up to date, when it has one: rendered again when the update is sent. */
export async function updateSharedCard(
  services: BotServices,
  session: Session,
  index: number,
  community: Community,
): Promise<void> {
  const shared = await sharedCardOf(services, session, index, community);
  if (shared)
    await scheduleSharedUpdate(
      services,
      shared.key,
      async () => (await sharedCardOf(services, session, index, community))?.card ?? shared.card,
    );
}

/** Where a kind of shared card is remembered, and how it is drawn. */
interface SharedCard {
  key: (sessionId: string, index: number) => string;
  render: PhaseCardRender;
}

const phaseCard = (render: PhaseCardRender): SharedCard => ({ key: phaseCardKey, render });

/** Each activity's shared card; the check-in's is the session's one. */
const SHARED_CARDS: Record<ActivityKind, SharedCard | undefined> = {
  'check-in': { key: checkInCardKey, render: sharedCheckInCard },
  brainstorm: phaseCard(sharedBoardCard),
  retrospective: phaseCard(sharedBoardCard),
  'check-out': phaseCard(sharedBoardCard),
  agreements: phaseCard(sharedBoardCard),
  discussion: phaseCard(sharedBoardCard),
  driver: phaseCard(sharedBoardCard),
  'dot-vote': phaseCard(sharedVoteCard),
  actions: phaseCard(sharedActionsCard),
  survey: phaseCard(sharedSurveyCard),
  rank: phaseCard(sharedRankCard),
  introductions: phaseCard(sharedIntroductionsCard),
  // No card of its own yet: the phase card says what the phase is for.
  condense: undefined,
};

/** The shared card of a phase whose activity has one; undefined for phases that are talk only. */
export async function sharedCardOf(
  services: BotServices,
  session: Session,
  index: number,
  community: Community,
): Promise<{ key: string; card: AdaptiveCard } | undefined> {
  const activity = session.agenda[index]?.activity;
  const shared = activity && SHARED_CARDS[activity];
  if (!shared) return undefined;
  return {
    key: shared.key(session.id, index),
    card: await shared.render(services, session, index, community.language),
  };
}
