import { randomBytes } from 'node:crypto';
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { openClosingSurveyIds } from '../../domain/activities/closing-survey/closing-survey';
import { roleOf } from '../../domain/community/role-of';
import { setArchived } from '../../domain/data/archive';
import { isArchived } from '../../domain/data/archived';
import { createExportLink } from '../../domain/data/export-links';
import { forgetMember } from '../../domain/data/forget-member';
import { scheduleSettings } from '../../domain/schedule/schedule-settings-use-cases';
import { namesOf } from '../../domain/session/start-session';
import { translator, type Translate } from '../../i18n/t';
import { updateClosingSurveyCard } from '../activities/closing-survey-handlers';
import { postCard, type BotServices } from '../bot-services';
import type { AdaptiveCard } from '../cards/card-kit';
import { archiveConfirmCard, exportCard, forgetConfirmCard } from '../cards/data-cards';
import { noticeCard } from '../cards/notice-card';
import type { CardData } from '../check-in-actions';
import { commandName } from '../command-parser';
import { cardResponse } from '../invoke-response';
import type { TurnInfo } from '../turn-info';
import type { CommandHandler } from './command-handler';

const say = (context: TurnContext, message: string, color: 'Good' | 'Warning' = 'Warning') =>
  postCard(context, noticeCard(message, color)).then(() => undefined);
const answer = (message: string, color: 'Good' | 'Warning' = 'Warning') => cardResponse(noticeCard(message, color));

/** `/export` (`/exporteren`): a facilitator gets a one-hour link to a zip of everything the community produced. */
export async function exportCommand(services: BotServices, context: TurnContext, turn: TurnInfo): Promise<void> {
  const t = translator(turn.lang);
  if (!turn.place) return say(context, t('data.inChannelOnly'));
  // 256 random bits: the link is the only key to the export.
  const token = randomBytes(32).toString('base64url');
  const created = await createExportLink(services.deps, {
    channel: turn.place.channel,
    actorId: turn.actor.userId,
    token,
  });
  if (!created.ok) return say(context, t(created.error.code, created.error.params));
  const { community, link } = created.value;
  const { timeZone } = await scheduleSettings(services.deps, community.id);
  const time = new Intl.DateTimeFormat(turn.lang === 'nl' ? 'nl-BE' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(link.expiresAt));
  const url = `${services.publicUrl}/exports/${token}.zip`;
  await sendPrivately(services, context, turn, exportCard({ community: community.name, url, expiresAt: time }, t));
}

/**
 * The link opens every member's named check-ins, so it never goes in the channel: it goes to the facilitator's 1:1
 * chat, and the channel only reads that it did (or that it could not, without the link).
 */
async function sendPrivately(services: BotServices, context: TurnContext, turn: TurnInfo, card: AdaptiveCard) {
  const t = translator(turn.lang);
  const name = turn.actor.name;
  try {
    await services.proactive.postPersonal(context.activity, turn.actor.userId, card);
  } catch (error) {
    services.log.warn('could not open a personal chat for the export', {
      error: error instanceof Error ? error.message : String(error),
    });
    return say(context, t('data.export.noPrivateChat', { name }));
  }
  await say(context, t('data.export.sentPrivately', { name }), 'Good');
}

const REOPEN_WORDS = new Set(['off', 'uit', 'open', 'reopen', 'heropen', 'heropenen']);

/** `/archive` (`/archiveren`) asks a facilitator to confirm; `/archive off` reopens at once. */
export const archiveCommand: CommandHandler = async (services, context, turn, args) => {
  const t = translator(turn.lang);
  if (!turn.place) return say(context, t('data.inChannelOnly'));
  const reopen = `${commandName('archive', turn.lang)} ${turn.lang === 'nl' ? 'uit' : 'off'}`;
  if (REOPEN_WORDS.has(args.trim().toLowerCase())) {
    const result = await setArchived(services.deps, {
      channel: turn.place.channel,
      actorId: turn.actor.userId,
      archived: false,
    });
    if (!result.ok) return say(context, t(result.error.code, result.error.params));
    const community = result.value.community.name;
    return say(
      context,
      result.value.changed ? t('data.archive.reopened', { community }) : t('data.archive.notArchived', { community }),
      'Good',
    );
  }
  const community = await services.deps.store.communities.findByChannel(turn.place.channel);
  if (!community) return say(context, t('data.noCommunity'));
  if ((await roleOf(services.deps, community.value.id, turn.actor.userId)) !== 'facilitator') {
    return say(
      context,
      t('errors.role.facilitatorOnly', { facilitators: await namesOf(services.deps, community.value.id) }),
    );
  }
  if (isArchived(community.value))
    return say(context, t('data.archive.already', { community: community.value.name, reopen }));
  await postCard(context, archiveConfirmCard({ community: community.value.name, reopen }, t));
};

export async function archiveConfirmAction(services: BotServices, turn: TurnInfo): Promise<AdaptiveCardInvokeResponse> {
  const t = translator(turn.lang);
  if (!turn.place) return answer(t('data.inChannelOnly'));
  const result = await setArchived(services.deps, {
    channel: turn.place.channel,
    actorId: turn.actor.userId,
    archived: true,
  });
  if (!result.ok) return answer(t(result.error.code, result.error.params));
  const community = result.value.community.name;
  const reopen = `${commandName('archive', turn.lang)} ${turn.lang === 'nl' ? 'uit' : 'off'}`;
  if (!result.value.changed) return answer(t('data.archive.already', { community, reopen }));
  // A questionnaire still out in the channel shows that it takes no more answers.
  for (const id of await openClosingSurveyIds(services.deps, result.value.community.id))
    await updateClosingSurveyCard(services, id);
  return answer(t('data.archive.done', { community, export: commandName('export', turn.lang) }), 'Good');
}

export const archiveCancelAction = (_services: BotServices, turn: TurnInfo): Promise<AdaptiveCardInvokeResponse> =>
  Promise.resolve(answer(translator(turn.lang)('data.archive.cancelled'), 'Good'));

/** `/forget-me` (`/vergeet-mij`): anyone, in the channel or a personal chat; asks to confirm first. */
export async function forgetMeCommand(_services: BotServices, context: TurnContext, turn: TurnInfo): Promise<void> {
  await postCard(context, forgetConfirmCard(turn.actor.userId, translator(turn.lang)));
}

/** Only the person who asked can confirm: anyone else clicking gets the question back, with why. */
export async function forgetConfirmAction(
  services: BotServices,
  turn: TurnInfo,
  data: CardData,
): Promise<AdaptiveCardInvokeResponse> {
  const t = translator(turn.lang);
  if (data.forUserId !== turn.actor.userId) return notYours(data, t);
  const outcome = await forgetMember(services.deps, {
    person: turn.actor,
    labelFor: (lang) => translator(lang)('data.formerMember'),
  });
  services.log.info('a member was forgotten', { communities: outcome.communities });
  return answer(
    outcome.communities > 0 ? t('data.forget.done', { count: outcome.communities }) : t('data.forget.nothing'),
    'Good',
  );
}

export function forgetCancelAction(
  _services: BotServices,
  turn: TurnInfo,
  data: CardData,
): Promise<AdaptiveCardInvokeResponse> {
  const t = translator(turn.lang);
  return Promise.resolve(
    data.forUserId === turn.actor.userId ? answer(t('data.forget.cancelled'), 'Good') : notYours(data, t),
  );
}

function notYours(data: CardData, t: Translate): AdaptiveCardInvokeResponse {
  const card = forgetConfirmCard(typeof data.forUserId === 'string' ? data.forUserId : '', t);
  return cardResponse({ ...card, body: [...noticeCard(t('data.forget.notYou'), 'Warning').body, ...card.body] });
}
