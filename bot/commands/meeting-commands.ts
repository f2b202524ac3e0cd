import type { TurnContext } from 'botbuilder';
import { communitiesFacilitatedBy } from '../../domain/meeting/facilitated-communities';
import { translator } from '../../i18n/t';
import { postCard, type BotServices } from '../bot-services';
import { meetingLinkCard } from '../cards/meeting-link-card';
import type { TurnInfo } from '../turn-info';
import { warn } from './channel-command';

/**
 * `/start-session` in a scheduled meeting's chat that no community has yet: the communities the sender facilitates,
 * one button each (a click links the chat and starts the session). Someone who facilitates none hears how it works.
 */
export async function offerMeetingLink(
  services: BotServices,
  context: TurnContext,
  turn: TurnInfo,
  format: string,
): Promise<void> {
  const t = translator(turn.lang);
  const mine = await communitiesFacilitatedBy(services.deps, { userId: turn.actor.userId });
  if (mine.length === 0) return warn(context, t('meeting.link.noneFacilitated'));
  await postCard(
    context,
    meetingLinkCard(
      mine.map((f) => f.community),
      format,
      t,
    ),
  );
}
