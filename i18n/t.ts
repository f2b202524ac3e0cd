import i18next from 'i18next';
import en from './en.json';
import nl from './nl.json';

export type Lang = 'nl' | 'en';

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
    t = (key, values) => String(fixed(key, values));
    translators.set(lang, t);
  }
  return t;
}

/** Dutch when the Teams locale starts with `nl`, English for any other locale, `fallback` when there is none. */
export function languageOf(locale: string | undefined, fallback: Lang): Lang {
  if (!locale) return fallback;
  return locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
