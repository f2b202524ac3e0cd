import type { Lang } from '../i18n/t';

const locale = (lang: Lang) => (lang === 'nl' ? 'nl-BE' : 'en-GB');

/** A calendar day (YYYY-MM-DD) written out: "22 november 2026", "22 November 2026". */
export const longDate = (lang: Lang, day: string): string =>
  new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );

/** A calendar day in short: "22 nov.", "22 Nov". */
export const shortDate = (lang: Lang, day: string): string =>
  new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );

/** An instant as date and time in Brussels time, for the footer. */
export const dateTime = (lang: Lang, iso: string): string =>
  new Intl.DateTimeFormat(locale(lang), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(new Date(iso));

/** An average with one decimal, with the language's decimal mark. */
export const decimal = (lang: Lang, value: number): string =>
  new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);

export const isDay = (value: string | undefined): value is string =>
  value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** "regular session" → "Regular session": catalogue phrases that start a line. */
export const capitalised = (value: string): string => value.charAt(0).toLocaleUpperCase() + value.slice(1);
