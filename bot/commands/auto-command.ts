import type { TurnContext } from 'botbuilder';
import { phaseEndsAt, setAutoAdvance } from '../../domain/session/timebox';
import { scheduleSettings } from '../../domain/schedule/schedule-settings-use-cases';
import { translator } from '../../i18n/t';
import { postCard, type BotServices } from '../bot-services';
import { noticeCard } from '../cards/notice-card';
import type { TurnInfo } from '../turn-info';

const ON = new Set(['', 'on', 'aan', 'ja', 'yes']);
const OFF = new Set(['off', 'uit', 'nee', 'no']);

/** `/auto [on|off]` (`/auto aan|uit`): phases move on when their timebox is over, or only when the facilitator says. */
export async function autoCommand(
  services: BotServices,
  context: TurnContext,
  turn: TurnInfo,
  args: string,
): Promise<void> {
  const t = translator(turn.lang);
  if (!turn.place) return void (await postCard(context, noticeCard(t('errors.session.notInPersonalChat'), 'Warning')));
  const word = args.trim().toLowerCase();
  const on = ON.has(word) ? true : OFF.has(word) ? false : undefined;
  if (on === undefined) return void (await postCard(context, noticeCard(t('timebox.usage'), 'Warning', args, t)));
  const result = await setAutoAdvance(services.deps, { channel: turn.place.channel, actorId: turn.actor.userId }, on);
  if (!result.ok)
    return void (await postCard(context, noticeCard(t(result.error.code, result.error.params), 'Warning')));
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
}
