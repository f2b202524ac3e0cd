import coreEn from '../../i18n/en.json';
import coreNl from '../../i18n/nl.json';
import tabEn from '../../i18n/en/tab.json';
import tabNl from '../../i18n/nl/tab.json';
import meetingEn from '../../i18n/en/meeting-views.json';
import meetingNl from '../../i18n/nl/meeting-views.json';

export type Lang = 'nl' | 'en';
export type Translate = (key: string, values?: Record<string, string | number>) => string;

type Tree = { [key: string]: string | Tree };
const catalogues: Record<Lang, Tree> = {
  en: { ...coreEn, ...tabEn, ...meetingEn },
  nl: { ...coreNl, ...tabNl, ...meetingNl },
};

/** Dutch for a Dutch Teams locale, English otherwise (the manifest cannot localise a configurable tab). */
export const langOf = (locale: string | undefined): Lang => (locale?.toLowerCase().startsWith('nl') ? 'nl' : 'en');

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** The same catalogues and {{placeholders}} as the bot (i18n/), with i18next's `_one`/`_other` plurals. */
export function translator(lang: Lang): Translate {
  const plural = new Intl.PluralRules(lang);
  return (key, values) => {
    const count = values?.count;
    const text =
      (typeof count === 'number' ? lookup(catalogues[lang], `${key}_${plural.select(count)}`) : undefined) ??
      lookup(catalogues[lang], key) ??
      lookup(catalogues.en, key) ??
      key;
    return text.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(values?.[name] ?? ''));
  };
}

/** A date and time as the reader's locale writes them, in the reader's zone unless `timeZone` names the community's. */
export const when = (iso: string | undefined, lang: Lang, timeZone?: string): string =>
  iso
    ? new Date(iso).toLocaleString(lang === 'nl' ? 'nl-BE' : 'en-GB', {
        dateStyle: 'medium',
        timeStyle: 'short',
        ...(timeZone ? { timeZone } : {}),
      })
    : '';

const DAY = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } as const;

/** A YYYY-MM-DD day as the reader writes it: "di 8 dec. 2026", "Tue 8 Dec 2026". */
export const dayOf = (date: string, lang: Lang): string =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString(lang === 'nl' ? 'nl-BE' : 'en-GB', DAY);

/** A planned session's day and wall-clock times, as the facilitator planned them in the community's zone. */
export const plannedWhen = (p: { localDate: string; localStart: string; localEnd: string }, lang: Lang): string =>
  `${dayOf(p.localDate, lang)}, ${p.localStart}–${p.localEnd}`;
