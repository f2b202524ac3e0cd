import { calendarPath } from '../../domain/schedule/calendar-path';
import { runPlanCommand, type PlanCommandOutcome } from '../../domain/plan/plan-command';
import { listSchedule } from '../../domain/schedule/schedule-queries';
import { scheduleSettings } from '../../domain/schedule/schedule-settings-use-cases';
import { translator, type Lang, type Translate } from '../../i18n/t';
import { updateClosingSurveyCardOf } from '../activities/closing-survey-handlers';
import { postCard } from '../bot-services';
import { adaptiveCard, heading, text } from '../cards/card-kit';
import { noticeCard } from '../cards/notice-card';
import { scheduleCard } from '../cards/schedule-card';
import { longDate, offsetWords } from '../schedule/schedule-words';
import { channelCommand, warn } from './channel-command';

const HELP_WORDS = new Set(['help', 'hulp', '?']);

/** `/plan …` (`/plannen …`): puts sessions on the schedule, cancels them, or sets reminders. Facilitators only. */
export const planCommand = channelCommand(async ({ services, context, turn, place, t }, args: string) => {
  if (args.trim() === '' || HELP_WORDS.has(args.trim().toLowerCase()))
    return void (await postCard(context, planHelpCard(t)));
  const community = await services.deps.store.communities.findByChannel(place.channel);
  if (!community) return warn(context, t('schedule.errors.noCommunity'), args, t);
  const result = await runPlanCommand(services.deps, {
    communityId: community.value.id,
    actorId: turn.actor.userId,
    text: args,
  });
  if (!result.ok) return warn(context, t(result.error.code, result.error.params), args, t);
  await postCard(context, noticeCard(plannedMessage(result.value, turn.lang, t), 'Good'));
  // A closing session taken off the schedule pauses its questionnaire: its card in the channel says so.
  const removed = result.value.action === 'remove' ? result.value.removed.filter((p) => p.closing) : [];
  for (const planned of removed) await updateClosingSurveyCardOf(services, planned.communityId, planned.key);
});

/** `/schedule` (`/planning`): the planned sessions with calendar files, for anyone. */
export const scheduleCommand = channelCommand(async ({ services, context, place, t }) => {
  const community = await services.deps.store.communities.findByChannel(place.channel);
  if (!community) return warn(context, t('schedule.errors.noCommunity'));
  const [sessions, settings] = await Promise.all([
    listSchedule(services.deps, community.value.id),
    scheduleSettings(services.deps, community.value.id),
  ]);
  const base = services.publicUrl;
  const lang = community.value.language;
  const card = scheduleCard(
    {
      community: community.value.name,
      sessions,
      remindersOn: settings.remindersOn,
      offsetsMinutes: settings.offsetsMinutes,
      timeZone: settings.timeZone,
      calendarUrl: (key) => `${base}${calendarPath(community.value.id, key)}`,
      lang,
    },
    translator(lang),
  );
  await postCard(context, card);
});

function plannedMessage(outcome: PlanCommandOutcome, lang: Lang, t: Translate): string {
  const day = (date: string) => longDate(date, lang);
  switch (outcome.action) {
    case 'plan': {
      const { planned, skipped } = outcome.outcome;
      const first = planned[0];
      const last = planned.at(-1);
      const lines = [
        planned.length === 1 && first
          ? t('schedule.planned.one', { date: day(first.localDate), start: first.localStart, end: first.localEnd })
          : t('schedule.planned.many', {
              count: planned.length,
              first: first ? day(first.localDate) : '',
              last: last ? day(last.localDate) : '',
            }),
      ];
      const past = skipped.filter((s) => s.reason === 'past').map((s) => day(s.date));
      const clash = skipped.filter((s) => s.reason === 'clash').map((s) => day(s.date));
      if (past.length) lines.push(t('schedule.planned.skippedPast', { dates: past.join(', ') }));
      if (clash.length) lines.push(t('schedule.planned.skippedClash', { dates: clash.join(', ') }));
      return lines.join(' ');
    }
    case 'remove':
      return t('schedule.planned.removed', {
        count: outcome.removed.length,
        dates: outcome.removed.map((s) => day(s.localDate)).join(', '),
      });
    case 'settings': {
      const s = outcome.settings;
      const reminders = s.remindersOn
        ? s.offsetsMinutes.map((m) => offsetWords(m, t)).join(` ${t('schedule.offset.and')} `)
        : t('schedule.offset.off');
      const questionnaire = t('schedule.planned.questionnaire', {
        lead: offsetWords(s.surveyLeadDays * 1440, t),
        mode: t(s.surveyAnonymous ? 'schedule.planned.anonymous' : 'schedule.planned.named'),
      });
      return `${t('schedule.planned.settings', { reminders, zone: s.timeZone })} ${questionnaire}`;
    }
  }
}

const planHelpCard = (t: Translate) =>
  adaptiveCard([
    heading(t('schedule.help.title')),
    ...(
      [
        'plan',
        'days',
        'times',
        'rest',
        'cancel',
        'reminders',
        'timezone',
        'questionnaire',
        'schedule',
        'examples',
      ] as const
    ).map((k) => text(t(`schedule.help.${k}`))),
  ]);
