import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { linkMeeting } from '../../domain/meeting/meeting-link';
import { formatFromName } from '../../domain/session/formats';
import { translator } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import type { MeetingLinkData } from '../cards/meeting-link-card';
import type { CardData } from '../check-in-actions';
import { noticeCard } from '../cards/notice-card';
import { cardResponse } from '../invoke-response';
import { chatToLink, inLinkedMeeting } from '../meeting-place';
import type { TurnInfo } from '../turn-info';
import { startSessionHere } from './session-commands';

/** A facilitator's click on the meeting link card: links this meeting chat to the community, starts its session. */
export async function linkMeetingAction(
  services: BotServices,
  context: TurnContext,
  turn: TurnInfo,
  data: CardData & Partial<MeetingLinkData>,
): Promise<AdaptiveCardInvokeResponse> {
  const t = translator(turn.lang);
  const chatId = chatToLink(turn);
  if (!chatId) return cardResponse(noticeCard(t('errors.session.otherCommunity'), 'Warning'));
  const input = { chatId, communityId: String(data.communityId ?? ''), actorId: turn.actor.userId };
  const linked = await linkMeeting(services.deps, input);
  if (!linked.ok) return cardResponse(noticeCard(t(linked.error.code, linked.error.params), 'Warning'));
  const { community } = linked.value;
  const here = inLinkedMeeting(turn, chatId, community);
  if (here.place) await startSessionHere(services, context, { ...here, place: here.place }, formatOf(data.format));
  return cardResponse(noticeCard(t('meeting.link.done', { name: community.name }), 'Good'));
}

const formatOf = (typed: unknown) => (typeof typed === 'string' && typed ? formatFromName(typed) : undefined);
