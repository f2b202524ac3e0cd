import { roleOf } from '../../domain/community/role-of';
import { translator } from '../../i18n/t';
import { postCard } from '../bot-services';
import { reportRequestedCard } from '../cards/report-card';
import { requestReport } from '../reports/request-report';
import { channelCommand, warn } from './channel-command';

/** `/report` (`/verslag`): (re)files the report of the running or latest session. Facilitators only. */
export const reportCommand = channelCommand(async ({ services, context, turn, place, t }) => {
  const community = await services.deps.store.communities.findByChannel(place.channel);
  const latest = community ? await services.deps.store.sessions.latest(community.value.id) : undefined;
  if (!community || !latest) return warn(context, t('filing.noSession'));
  if ((await roleOf(services.deps, community.value.id, turn.actor.userId)) !== 'facilitator') {
    return warn(context, t('filing.facilitatorOnly'));
  }
  await requestReport(services, latest.value.id, community.value, turn.actor);
  await postCard(context, reportRequestedCard(latest.value.number, translator(community.value.language)));
});
