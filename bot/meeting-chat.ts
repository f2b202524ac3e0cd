import { CardFactory, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { Session } from '../domain/session/session';
import type { Translate } from '../i18n/t';
import { checkInCardKey, postCard, postLine, type BotServices, type PostedCard } from './bot-services';
import type { AdaptiveCard } from './cards/card-kit';
import { phaseCardKey } from './shared-cards';

/**
 * A session held in a Teams meeting: the meeting's chat (a channel meeting: its thread) where its cards go, and the one
 * live card there that always shows the current phase. A phase change updates that card in place and says so in one
 * line, instead of a new card per phase in a chat the group also talks in.
 */
export interface MeetingVenue {
  reference: Partial<ConversationReference>;
  liveCardId?: string;
}

const venueKey = (sessionId: string): string => `meeting-venue:${sessionId}`;

/** The session runs in the meeting of this turn from now on; its next phase card becomes the live card. */
export async function holdInMeeting(services: BotServices, sessionId: string, activity: Activity): Promise<void> {
  const venue: MeetingVenue = { reference: TurnContext.getConversationReference(activity) };
  await services.deps.store.keyValues.put(venueKey(sessionId), venue);
}

export const meetingVenueOf = (services: BotServices, sessionId: string): Promise<MeetingVenue | undefined> =>
  services.deps.store.keyValues.get<MeetingVenue>(venueKey(sessionId));

/** The current phase's card, its key when it is a shared card, and how to draw it anew with the newest answers. */
export interface PhaseShown {
  key?: string;
  card: AdaptiveCard;
  render: () => Promise<AdaptiveCard>;
}

/** Shows the current phase in the meeting: the live card turns to it, and one line says that it started. */
export async function showPhaseInMeeting(
  services: BotServices,
  context: TurnContext,
  { venue, session, index }: { venue: MeetingVenue; session: Session; index: number },
  shown: PhaseShown & { t: Translate },
): Promise<void> {
  const { t } = shown;
  const phase = session.agenda[index];
  await inVenue(services, context, venue, async (here) => {
    const live = venue.liveCardId ?? (await postCard(here, shown.card));
    if (!live) return;
    const posted: PostedCard = { activityId: live, reference: venue.reference };
    await pointPhaseKeysAt(services, session, posted, shown.key);
    if (!venue.liveCardId)
      return services.deps.store.keyValues.put(venueKey(session.id), { ...venue, liveCardId: live });
    // Under the phase's own key when it has one, so this update and the phase's own coalesce into one.
    services.updater.schedule(
      shown.key ?? `meeting-live:${session.id}`,
      () => Promise.resolve(posted),
      async () => CardFactory.adaptiveCard(await shown.render()),
    );
    const title = phase ? t(`phase.${phase.key}.title`) : '';
    const minutes = phase?.minutes ?? 0;
    await postLine(here, t('meeting.phaseLine', { index: index + 1, total: session.agenda.length, title, minutes }));
  });
}

/** Only the current phase's key names the live card, so a late update of an earlier phase cannot draw over it. */
async function pointPhaseKeysAt(services: BotServices, session: Session, live: PostedCard, current?: string) {
  const kv = services.deps.store.keyValues;
  const keys = [checkInCardKey(session.id), ...session.agenda.map((_p, i) => phaseCardKey(session.id, i))];
  for (const key of keys.filter((k) => k !== current))
    if ((await kv.get<PostedCard>(key))?.activityId === live.activityId) await kv.remove(key);
  if (current) await kv.put(current, live);
}

/** In the turn when it is the meeting's own conversation, else in a turn of the meeting's chat (paced the same). */
function inVenue(
  services: BotServices,
  context: TurnContext,
  venue: MeetingVenue,
  logic: (context: TurnContext) => Promise<void>,
): Promise<void> {
  if (context.activity.conversation?.id === venue.reference.conversation?.id) return logic(context);
  return services.proactive.continue(venue.reference, logic);
}
