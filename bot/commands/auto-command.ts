import { phaseEndsAt, setAutoAdvance } from '../../domain/session/timebox';
import { scheduleSettings } from '../../domain/schedule/schedule-settings-use-cases';
import { postCard } from '../bot-services';
import { noticeCard } from '../cards/notice-card';
import { channelCommand, refusal, warn } from './channel-command';

const ON = new Set(['', 'on', 'aan', 'ja', 'yes']);
const OFF = new Set(['off', 'uit', 'nee', 'no']);

/** `/auto [on|off]` (`/auto aan|uit`): phases move on when their timebox is over, or only when the facilitator says. */
export const autoCommand = channelCommand(async ({ services, context, turn, place, t }, args: string) => {
  const word = args.trim().toLowerCase();
  const on = ON.has(word) ? true : OFF.has(word) ? false : undefined;
  if (on === undefined) return warn(context, t('timebox.usage'), args, t);
  const result = await setAutoAdvance(services.deps, { channel: place.channel, actorId: turn.actor.userId }, on);
  if (!result.ok) return refusal(context, t, result.error);
  const ends = phaseEndsAt(result.value.session);
  const { timeZone } = await scheduleSettings(services.deps, result.value.community.id);
  const time = ends
    ? new Intl.DateTimeFormat(turn.lang === 'nl' ? 'nl-BE' : 'en-GB', {
        hour: '2-digit',
        minute: '2-digit',
        timeZone,
      }).format(ends)
    : '';
  await postCard(context, noticeCard(on ? t('timebox.on', { time }) : t('timebox.off'), 'Good'));
});
