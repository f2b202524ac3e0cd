import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Person } from '../../domain/community/community';
import { changeObserverRole, type ObserverOrMember } from '../../domain/community/observer-role';
import { postCard, type BotServices } from '../bot-services';
import { noticeCard } from '../cards/notice-card';
import { mentionedPerson } from '../mentioned-person';
import { channelCommand, refusal } from './channel-command';

/**
 * `/observer @name` (`/waarnemer @naam`) and `/member @name` (`/lid @naam`): a facilitator names an observer, or makes
 * one a member again. The person comes from Teams' mention, so a director who never joined can be named too.
 */
export const observerCommand = (role: ObserverOrMember) =>
  channelCommand(async ({ services, context, turn, place, t }) => {
    const community = await services.deps.store.communities.findByChannel(place.channel);
    if (!community) return refusal(context, t, { code: 'community.errors.noCommunity' });
    const result = await changeObserverRole(services.deps, {
      communityId: community.value.id,
      actorId: turn.actor.userId,
      person: await withEntraId(services, context, mentionedPerson(context)),
      role,
    });
    if (!result.ok) return refusal(context, t, result.error);
    const message = t(role === 'observer' ? 'observer.named' : 'observer.member', { name: result.value.name });
    await postCard(context, noticeCard(message, 'Good'));
  });

/**
 * A mention often carries no Entra object id, and the tab finds people by it: ask Teams for the team member. Best
 * effort: without it the person is still named, but the tab cannot find them until Teams gives that id.
 */
async function withEntraId(
  services: BotServices,
  context: TurnContext,
  person: Person | undefined,
): Promise<Person | undefined> {
  if (!person || person.aadObjectId) return person;
  try {
    const member = await TeamsInfo.getMember(context, person.userId);
    return member.aadObjectId ? { ...person, aadObjectId: member.aadObjectId } : person;
  } catch (error) {
    services.log.warn('could not read the mentioned member', { error: String(error) });
    return person;
  }
}
