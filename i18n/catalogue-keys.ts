import type coreEn from './en.json';
import type coreNl from './nl.json';
import type dialogEn from './en/dialog.json';
import type dialogNl from './nl/dialog.json';
import type filingEn from './en/filing.json';
import type filingNl from './nl/filing.json';
import type meetingViewsEn from './en/meeting-views.json';
import type meetingViewsNl from './nl/meeting-views.json';
import type portfolioEn from './en/portfolio.json';
import type portfolioNl from './nl/portfolio.json';
import type reportEn from './en/report.json';
import type reportNl from './nl/report.json';
import type scheduleEn from './en/schedule.json';
import type scheduleNl from './nl/schedule.json';
import type tabEn from './en/tab.json';
import type tabNl from './nl/tab.json';

/** The dotted key of every message in a catalogue: `{ a: { b: "…" } }` gives `'a.b'`. */
export type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];

type English = typeof coreEn &
  typeof dialogEn &
  typeof filingEn &
  typeof meetingViewsEn &
  typeof portfolioEn &
  typeof reportEn &
  typeof scheduleEn &
  typeof tabEn;
type Dutch = typeof coreNl &
  typeof dialogNl &
  typeof filingNl &
  typeof meetingViewsNl &
  typeof portfolioNl &
  typeof reportNl &
  typeof scheduleNl &
  typeof tabNl;

/** A key with a message in both languages (the same files `t.ts` merges). */
export type CatalogueKey = Extract<Paths<English>, Paths<Dutch>>;
