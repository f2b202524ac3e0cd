import type { ActionReminder, SessionReminder } from '../../domain/schedule/reminder';
import type { Lang, Translate } from '../../i18n/t';
import { dayFormatter } from '../dates';
import { longDate, offsetWords } from '../schedule/schedule-words';
import { adaptiveCard, heading, openUrl, text, type AdaptiveCard, type CardElement } from './card-kit';

const when = (r: { planned: { localDate: string; localStart: string; localEnd: string } }, lang: Lang, t: Translate) =>
  t('schedule.reminder.session.when', {
    date: longDate(r.planned.localDate, lang),
    start: r.planned.localStart,
    end: r.planned.localEnd,
  });

/** Before a session, in the channel: when and where, the agenda, and everybody's open actions. */
export function sessionReminderCard(r: SessionReminder, lang: Lang, t: Translate): AdaptiveCard {
  const day = dayFormatter(lang);
  const body: CardElement[] = [
    heading(
      t('schedule.reminder.session.title', { number: r.planned.number, offset: offsetWords(r.offsetMinutes, t) }),
    ),
    text(when(r, lang, t), { weight: 'Bolder' }),
    ...(r.planned.place ? [text(r.planned.place)] : []),
    text(r.agenda.map((p) => `${t(`phase.${p.key}.title`)} (${p.minutes}′)`).join(' → '), {
      subtle: true,
      size: 'Small',
    }),
    ...(r.planned.topics.length
      ? [text(`${t('schedule.card.topics')}: ${r.planned.topics.map((x) => x.title).join(', ')}`)]
      : []),
    text(t('schedule.reminder.session.prepare'), { separator: true }),
    text(t('schedule.reminder.session.openActions'), { weight: 'Bolder' }),
  ];
  if (r.openActions.length === 0) body.push(text(t('schedule.reminder.session.noActions'), { subtle: true }));
  for (const a of r.openActions.slice(0, 15))
    body.push(text(`${a.ownerName}: ${a.what} · ${day(a.due)}`, { size: 'Small' }));
  const actions = r.planned.onlineUrl ? [openUrl(t('schedule.card.online'), r.planned.onlineUrl)] : [];
  return adaptiveCard(body, actions);
}

/** A friendly nudge to an action's owner, mentioned in the channel (so Teams notifies them). */
export function actionReminderCard(r: ActionReminder, ownerTeamsId: string, lang: Lang, t: Translate): AdaptiveCard {
  const day = dayFormatter(lang);
  // A mention needs a TextBlock, which renders markdown: the name goes in without markdown characters.
  const mention = `<at>${r.action.ownerName.replace(/[<>*_[\]()#\\`~]/g, '')}</at>`;
  const message = t('schedule.reminder.action.text', {
    number: r.planned.number,
    date: day(r.planned.localDate),
    what: r.action.what,
    due: day(r.action.due),
  });
  return adaptiveCard([{ type: 'TextBlock', text: mention, wrap: true }, text(message)], [], {
    msteams: {
      entities: [{ type: 'mention', text: mention, mentioned: { id: ownerTeamsId, name: r.action.ownerName } }],
    },
  });
}

/** The same nudge in the owner's 1:1 chat with the bot, where the app is installed for them. */
export function personalActionReminderCard(r: ActionReminder, lang: Lang, t: Translate): AdaptiveCard {
  const day = dayFormatter(lang);
  return adaptiveCard([
    text(
      t('schedule.reminder.action.text', {
        number: r.planned.number,
        date: day(r.planned.localDate),
        what: r.action.what,
        due: day(r.action.due),
      }),
    ),
  ]);
}
