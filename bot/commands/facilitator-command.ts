import type { TurnContext } from 'botbuilder';
import { appointFacilitator } from '../../domain/community/appoint-facilitator';
import type { Person } from '../../domain/community/community';
import { translator } from '../../i18n/t';
import { postCard, type BotServices } from '../bot-services';
import { noticeCard } from '../cards/notice-card';
import type { TurnInfo } from '../turn-info';

/** `/facilitator @name` (`/trekker @naam`): the person is taken from Teams' mention, not from the text. */
export async function facilitatorCommand(services: BotServices, context: TurnContext, turn: TurnInfo): Promise<void> {
  const t = translator(turn.lang);
  if (!turn.place) return void (await postCard(context, noticeCard(t('errors.session.notInPersonalChat'), 'Warning')));
  const result = await appointFacilitator(services.deps, {
    channel: turn.place.channel,
    actorId: turn.actor.userId,
    person: mentioned(context),
  });
  if (!result.ok)
    return void (await postCard(context, noticeCard(t(result.error.code, result.error.params), 'Warning')));
  const name = mentioned(context)?.name ?? '';
  await postCard(context, noticeCard(t('facilitator.appointed', { name, others: result.value.others }), 'Good'));
}

/** The first person @mentioned in the message other than the bot itself. */
function mentioned(context: TurnContext): Person | undefined {
  const botId = context.activity.recipient.id;
  for (const entity of context.activity.entities ?? []) {
    const who = (entity as { type?: string; mentioned?: { id?: string; name?: string } }).mentioned;
    if (entity.type === 'mention' && who?.id && who.id !== botId) return { userId: who.id, name: who.name ?? who.id };
  }
  return undefined;
}
