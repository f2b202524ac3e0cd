import type { TurnContext } from 'botbuilder';
import { appointFacilitator } from '../../domain/community/appoint-facilitator';
import type { Person } from '../../domain/community/community';
import { postCard } from '../bot-services';
import { noticeCard } from '../cards/notice-card';
import { channelCommand, refusal } from './channel-command';

/** `/facilitator @name` (`/trekker @naam`): the person is taken from Teams' mention, not from the text. */
export const facilitatorCommand = channelCommand(async ({ services, context, turn, place, t }) => {
  const result = await appointFacilitator(services.deps, {
    channel: place.channel,
    actorId: turn.actor.userId,
    person: mentioned(context),
  });
  if (!result.ok) return refusal(context, t, result.error);
  const name = mentioned(context)?.name ?? '';
  await postCard(context, noticeCard(t('facilitator.appointed', { name, others: result.value.others }), 'Good'));
});

/** The first person @mentioned in the message other than the bot itself. */
function mentioned(context: TurnContext): Person | undefined {
  const botId = context.activity.recipient.id;
  for (const entity of context.activity.entities ?? []) {
    const who = (entity as { type?: string; mentioned?: { id?: string; name?: string } }).mentioned;
    if (entity.type === 'mention' && who?.id && who.id !== botId) return { userId: who.id, name: who.name ?? who.id };
  }
  return undefined;
}
