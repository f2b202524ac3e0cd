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
    // Most card text has no values: it is looked up once per language, not on every card click.
    const plain = new Map<string, string>();
    t = (key, values) => {
      if (values) return String(fixed(key, values));
      let text = plain.get(key);
      if (text === undefined) plain.set(key, (text = String(fixed(key))));
      return text;
    };
    translators.set(lang, t);
  }
  return t;
}

/** Dutch when the Teams locale starts with `nl`, English for any other locale, `fallback` when there is none. */
export function languageOf(locale: string | undefined, fallback: Lang): Lang {
  if (!locale) return fallback;
  return locale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
