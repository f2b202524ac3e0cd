import i18next from 'i18next';
import coreEn from './en.json';
import coreNl from './nl.json';
import dialogEn from './en/dialog.json';
import dialogNl from './nl/dialog.json';
import filingEn from './en/filing.json';
import filingNl from './nl/filing.json';
import meetingViewsEn from './en/meeting-views.json';
import meetingViewsNl from './nl/meeting-views.json';
import portfolioEn from './en/portfolio.json';
import portfolioNl from './nl/portfolio.json';
import reportEn from './en/report.json';
import reportNl from './nl/report.json';
import scheduleEn from './en/schedule.json';
import scheduleNl from './nl/schedule.json';
import tabEn from './en/tab.json';
import tabNl from './nl/tab.json';

export type Lang = 'nl' | 'en';

type Catalogue = Record<string, unknown>;

/** The core catalogue plus one file per feature (`i18n/<lang>/<feature>.json`, holding `{ "<feature>": … }`). */
function catalogue(lang: Lang, core: Catalogue, features: Catalogue[]): Catalogue {
  return features.reduce<Catalogue>((all, part) => {
    const clash = Object.keys(part).find((key) => key in all);
    if (clash) throw new Error(`i18n (${lang}): "${clash}" is defined twice`);
    return { ...all, ...part };
  }, core);
}

const en = catalogue('en', coreEn, [dialogEn, filingEn, meetingViewsEn, portfolioEn, reportEn, scheduleEn, tabEn]);
const nl = catalogue('nl', coreNl, [dialogNl, filingNl, meetingViewsNl, portfolioNl, reportNl, scheduleNl, tabNl]);

/** Translates a key, with values for its {{placeholders}} (and `count` for plurals). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export const catalogues = { en, nl } as const;

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en }, nl: { translation: nl } },
  lng: 'nl',
  fallbackLng: 'en',
  initAsync: false,
  // Values are escaped where they are rendered (cards use TextRun, messages escape markdown).
  interpolation: { escapeValue: false },
});

const translators = new Map<Lang, Translate>();

export function translator(lang: Lang): Translate {
  let t = translators.get(lang);
  if (!t) {
    const fixed = i18n.getFixedT(lang);
    // A card click renders the same texts with the same values again and again (the session's number, the
    // dots, the count so far): each is worked out once, not on every click. Bounded, since values vary.
    const known = new Map<string, string>();
    t = (key, values) => {
      if (key.startsWith(INPUT_ERRORS)) return String(fixed(key, { ...values, fieldName: fieldName(fixed, values) }));
      const memo = values ? `${key}\u0000${JSON.stringify(values)}` : key;
      let text = known.get(memo);
      if (text === undefined) {
        if (known.size >= KNOWN_TEXTS) known.clear();
        known.set(memo, (text = String(values ? fixed(key, values) : fixed(key))));
      }
      return text;
    };
    translators.set(lang, t);
  }
  return t;
}

const INPUT_ERRORS = 'errors.input.';
/** How many translated texts a language keeps at most before it starts afresh. */
const KNOWN_TEXTS = 5000;

/** Input errors name the field they are about ("The post-it is too long"); the domain gives its `field`. */
function fieldName(fixed: (key: string) => unknown, values: Record<string, string | number> | undefined): string {
  const name = typeof values?.field === 'string' ? i18n.exists(`dialog.field.${values.field}`) && values.field : false;
  return String(fixed(`dialog.field.${name || 'default'}`));
}

/** Dutch when the Teams locale starts with `nl`, English for any other locale, `fallback` when there is none. */
export function languageOf(locale: string | undefined, fallback: Lang): Lang {
  if (!locale) return fallback;
  return locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
