import { appointFacilitator } from '../../domain/community/appoint-facilitator';
import { postCard } from '../bot-services';
import { noticeCard } from '../cards/notice-card';
import { mentionedPerson } from '../mentioned-person';
import { channelCommand, refusal } from './channel-command';

/** `/facilitator @name` (`/trekker @naam`): the person is taken from Teams' mention, not from the text. */
export const facilitatorCommand = channelCommand(async ({ services, context, turn, place, t }) => {
  const person = mentionedPerson(context);
  const result = await appointFacilitator(services.deps, {
    channel: place.channel,
    actorId: turn.actor.userId,
    person,
  });
  if (!result.ok) return refusal(context, t, result.error);
  const name = person?.name ?? '';
  await postCard(context, noticeCard(t('facilitator.appointed', { name, others: result.value.others }), 'Good'));
});
