import { renameCommunity, setCommunityLanguage } from '../../domain/community/community-naming';
import { translator } from '../../i18n/t';
import { postCard } from '../bot-services';
import { noticeCard } from '../cards/notice-card';
import { channelCommand, warn } from './channel-command';

const NAME_WORDS = new Set(['name', 'naam']);
const LANGUAGE_WORDS = new Set(['language', 'taal']);

/**
 * `/community name …` (`/gemeenschap naam …`) names the community; `/community language nl|en`
 * (`/gemeenschap taal nl|en`) sets the language of its cards and reports. Facilitators only.
 */
export const communityCommand = channelCommand(async ({ services, context, turn, place, t }, args: string) => {
  const [word = '', ...rest] = args.trim().split(/\s+/);
  const value = rest.join(' ');
  const input = { channel: place.channel, actorId: turn.actor.userId };
  const isName = NAME_WORDS.has(word.toLowerCase());
  if (!isName && !LANGUAGE_WORDS.has(word.toLowerCase()))
    return warn(context, t('community.errors.usage'), args.trim() || undefined, t);
  const result = isName
    ? await renameCommunity(services.deps, { ...input, name: value })
    : await setCommunityLanguage(services.deps, { ...input, language: value });
  if (!result.ok) {
    const handBack = result.error.code === 'errors.role.facilitatorOnly' ? undefined : value || undefined;
    return warn(context, t(result.error.code, result.error.params), handBack, t);
  }
  const message = isName
    ? t('community.named', { name: result.value.name })
    : // Said in the language the group reads from now on.
      translator(result.value.language)('community.language');
  await postCard(context, noticeCard(message, 'Good'));
});
