import type { TurnContext } from 'botbuilder';
import { roleOf } from '../../domain/community/role-of';
import { translator } from '../../i18n/t';
import { postCard, type BotServices } from '../bot-services';
import { noticeCard } from '../cards/notice-card';
import { reportRequestedCard } from '../cards/report-card';
import { requestReport } from '../reports/request-report';
import type { TurnInfo } from '../turn-info';

/** `/report` (`/verslag`): (re)files the report of the running or latest session. Facilitators only. */
export async function reportCommand(services: BotServices, context: TurnContext, turn: TurnInfo): Promise<void> {
  const t = translator(turn.lang);
  if (!turn.place) return void (await postCard(context, noticeCard(t('errors.session.notInPersonalChat'), 'Warning')));
  const community = await services.deps.store.communities.findByChannel(turn.place.channel);
  const latest = community ? await services.deps.store.sessions.latest(community.value.id) : undefined;
  if (!community || !latest) return void (await postCard(context, noticeCard(t('filing.noSession'), 'Warning')));
  if ((await roleOf(services.deps, community.value.id, turn.actor.userId)) !== 'facilitator') {
    return void (await postCard(context, noticeCard(t('filing.facilitatorOnly'), 'Warning')));
  }
  await requestReport(services, latest.value.id, community.value, turn.actor);
  await postCard(context, reportRequestedCard(latest.value.number, translator(community.value.language)));
}
