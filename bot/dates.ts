import type { Lang } from '../i18n/t';

/** A YYYY-MM-DD date as the reader says it: "di 8 dec." / "Tue 8 Dec". */
export function dayFormatter(lang: Lang): (date: string) => string {
  const format = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-BE' : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  return (date) => format.format(new Date(`${date}T00:00:00Z`));
}

/** A number with one decimal as the reader writes it: 3,8 / 3.8. */
export function decimalFormatter(lang: Lang): (n: number) => string {
  const format = new Intl.NumberFormat(lang === 'nl' ? 'nl-BE' : 'en-GB', { maximumFractionDigits: 1 });
  return (n) => format.format(n);
}
