import type { Lang } from '../i18n/t';

/**
 * A YYYY-MM-DD date as the reader says it: "di 8 dec." / "Tue 8 Dec". Given `today`, a date outside today's school
 * year (1 September to 31 August) shows its year too: "wo 1 jan. 2025".
 */
export function dayFormatter(lang: Lang, today?: Date): (date: string) => string {
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' };
  const locale = lang === 'nl' ? 'nl-BE' : 'en-GB';
  const format = new Intl.DateTimeFormat(locale, options);
  const withYear = new Intl.DateTimeFormat(locale, { ...options, year: 'numeric' });
  const schoolYear = today ? schoolYearOf(today.toISOString().slice(0, 10)) : undefined;
  return (date) => {
    const day = new Date(`${date}T00:00:00Z`);
    return (schoolYear !== undefined && schoolYearOf(date) !== schoolYear ? withYear : format).format(day);
  };
}

/** The calendar year in which the school year of a YYYY-MM-DD date began. */
const schoolYearOf = (date: string): number => Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) < 9 ? 1 : 0);

/** A number with one decimal as the reader writes it: 3,8 / 3.8. */
export function decimalFormatter(lang: Lang): (n: number) => string {
  const format = new Intl.NumberFormat(lang === 'nl' ? 'nl-BE' : 'en-GB', { maximumFractionDigits: 1 });
  return (n) => format.format(n);
}
