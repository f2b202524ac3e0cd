import type { NumberedPlannedSession } from '../../domain/schedule/schedule-queries';
import type { Lang, Translate } from '../../i18n/t';
import { longDate, offsetWords } from '../schedule/schedule-words';
import type { AdaptiveCard, CardElement } from './card-kit';
import { actionSet, adaptiveCard, container, heading, openUrl, text } from './card-kit';

export interface ScheduleCardView {
  community: string;
  sessions: NumberedPlannedSession[];
  remindersOn: boolean;
  offsetsMinutes: number[];
  timeZone: string;
  /** Absolute links to the .ics files: per planned session (by key) and the whole schedule. */
  calendarUrl: (key?: string) => string;
  lang: Lang;
}

/** `/schedule`: the planned sessions, each with a calendar file, and when reminders go out. */
export function scheduleCard(view: ScheduleCardView, t: Translate): AdaptiveCard {
  const body: CardElement[] = [heading(t('schedule.card.title', { community: view.community }))];
  if (view.sessions.length === 0) return adaptiveCard([...body, text(t('schedule.card.empty'), { subtle: true })]);
  body.push(...view.sessions.slice(0, 12).map((s) => plannedSession(s, view, t)));
  if (view.sessions.length > 12)
    body.push(text(t('schedule.card.more', { count: view.sessions.length - 12 }), { subtle: true }));
  const reminders =
    view.remindersOn && view.offsetsMinutes.length
      ? t('schedule.card.reminders', {
          offsets: view.offsetsMinutes.map((m) => offsetWords(m, t)).join(` ${t('schedule.offset.and')} `),
        })
      : t('schedule.card.remindersOff');
  body.push(
    text(`${reminders} ${t('schedule.card.timeZone', { zone: view.timeZone })}`, { subtle: true, separator: true }),
  );
  return adaptiveCard(body, [openUrl(t('schedule.card.downloadAll'), view.calendarUrl())]);
}

function plannedSession(s: NumberedPlannedSession, view: ScheduleCardView, t: Translate): CardElement {
  const where = s.place ?? '';
  const format = t(`format.${s.format}`);
  const details = [
    format.charAt(0).toLocaleUpperCase() + format.slice(1),
    ...(s.topics.length ? [s.topics.map((topic) => topic.title).join(', ')] : []),
  ].join(' · ');
  const when = t('schedule.card.when', {
    date: longDate(s.localDate, view.lang),
    start: s.localStart,
    end: s.localEnd,
  });
  return container(
    [
      text(`${t('schedule.card.session', { number: s.number })} · ${when}`, { weight: 'Bolder' }),
      text(details, { subtle: true, size: 'Small' }),
      ...(where ? [text(where, { size: 'Small' })] : []),
      actionSet(
        openUrl(t('schedule.card.download'), view.calendarUrl(s.key)),
        ...(s.onlineUrl ? [openUrl(t('schedule.card.online'), s.onlineUrl)] : []),
      ),
    ],
    { separator: true },
  );
}
