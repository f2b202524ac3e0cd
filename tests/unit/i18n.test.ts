import { catalogues, languageOf, translator } from '../../i18n/t';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((all, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? { ...all, [path]: value } : { ...all, ...flatten(value, path) };
  }, {});
}

const placeholders = (s: string): string[] => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('the nl and en catalogues', () => {
  const nl = flatten(catalogues.nl as Tree);
  const en = flatten(catalogues.en as Tree);

  it('have the same keys', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it('use the same placeholders in every message', () => {
    const mismatches = Object.keys(en).filter(
      (k) => placeholders(en[k] ?? '').join() !== placeholders(nl[k] ?? '').join(),
    );
    expect(mismatches).toEqual([]);
  });

  it('have no empty messages', () => {
    expect(Object.entries({ ...nl, ...en }).filter(([, v]) => v.trim() === '')).toEqual([]);
  });
});

describe('choosing the language', () => {
  it.each([
    ['nl-BE', 'nl'],
    ['nl-NL', 'nl'],
    ['NL', 'nl'],
    ['en-US', 'en'],
    ['fr-BE', 'en'],
    [undefined, 'nl'],
  ] as const)('locale %s gives %s', (locale, lang) => {
    expect(languageOf(locale, 'nl')).toBe(lang);
  });

  it('counts in both languages', () => {
    expect(translator('nl')('checkIn.count', { count: 1 })).toBe('1 lid heeft ingecheckt.');
    expect(translator('nl')('checkIn.count', { count: 4 })).toBe('4 leden hebben ingecheckt.');
    expect(translator('en')('checkIn.count', { count: 1 })).toBe('1 member has checked in.');
  });
});
