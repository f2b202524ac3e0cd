/** Communities are in Flanders and the Netherlands: a session's day is the day there. */
export const REPORT_TIME_ZONE = 'Europe/Brussels';

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(iso: string, timeZone: string = REPORT_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
