import { roleOf } from '../../domain/community/role-of';
import { translator } from '../../i18n/t';
import { postCard } from '../bot-services';
import { reportRequestedCard, yearPortfolioRequestedCard } from '../cards/report-card';
import { requestReport, requestYearPortfolio } from '../reports/request-report';
import { channelCommand, warn } from './channel-command';

/** What follows `/report` to ask for the year portfolio instead: `/report year`, `/verslag jaar`. */
const YEAR_WORDS = new Set(['year', 'jaar', 'jaarportfolio', 'portfolio']);

/**
 * `/report` (`/verslag`): (re)files the report of the running or latest session; `/report year` (`/verslag jaar`)
 * the year portfolio of that session's school year. Facilitators only.
 */
export const reportCommand = channelCommand(async ({ services, context, turn, place, t }, args?: string) => {
  const community = await services.deps.store.communities.findByChannel(place.channel);
  const latest = community ? await services.deps.store.sessions.latest(community.value.id) : undefined;
  if (!community || !latest) return warn(context, t('filing.noSession'));
  if ((await roleOf(services.deps, community.value.id, turn.actor.userId)) !== 'facilitator') {
    return warn(context, t('filing.facilitatorOnly'));
  }
  const tc = translator(community.value.language);
  const word = (args ?? '').trim().toLowerCase();
  if (word !== '' && !YEAR_WORDS.has(word)) return warn(context, t('filing.year.unknownArgument'), args, t);
  if (word !== '') {
    const year = await requestYearPortfolio(services, latest.value, community.value, turn.actor);
    return void (await postCard(context, yearPortfolioRequestedCard(year, tc)));
  }
  await requestReport(services, latest.value.id, community.value, turn.actor);
  await postCard(context, reportRequestedCard(latest.value.number, tc));
});
