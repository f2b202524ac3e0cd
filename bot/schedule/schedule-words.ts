import type { Translate } from '../../i18n/t';

/** "2 days and 1 hour" / "2 dagen en 1 uur". */
export function offsetWords(minutes: number, t: Translate): string {
  const parts = [
    [Math.floor(minutes / 1440), 'days'],
    [Math.floor((minutes % 1440) / 60), 'hours'],
    [minutes % 60, 'minutes'],
  ] as const;
  const words = parts.filter(([n]) => n > 0).map(([count, unit]) => t(`schedule.offset.${unit}`, { count }));
  return words.length > 1
    ? `${words.slice(0, -1).join(', ')} ${t('schedule.offset.and')} ${words.at(-1) ?? ''}`
    : (words[0] ?? '');
}

/** A planned session's date as the reader says it: "dinsdag 8 december 2026" / "Tuesday 8 December 2026". */
export function longDate(date: string, lang: 'nl' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-BE' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** A deadline in the planned session's zone: "dinsdag 15 december om 15:00" / "Tuesday 15 December at 15:00". */
export function deadlineWords(iso: string, timeZone: string, lang: 'nl' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-BE' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}
