import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cataloguesOf, parseGlossary, ruledOutUses } from '../helpers/glossary';

const root = join(__dirname, '..', '..');
const glossary = parseGlossary(readFileSync(join(root, 'docs', 'glossary.md'), 'utf8'));

describe('the glossary (docs/glossary.md)', () => {
  it('rules out the words that gave the Dutch and English more than one voice', () => {
    expect(glossary.ruledOut.nl).toEqual(
      expect.arrayContaining([
        'stemming',
        'vragenlijst',
        'enquête',
        'impactmeting',
        'mood',
        'discovery',
        'tab',
        'klaar',
      ]),
    );
    expect(glossary.ruledOut.nl).toEqual(expect.arrayContaining(['noemen', 'noemde']));
    expect(glossary.ruledOut.en).toEqual(expect.arrayContaining(['questionnaire', 'meeting']));
    expect(glossary.exceptions).toEqual(expect.arrayContaining(['backward design']));
  });

  it.each(['nl', 'en'] as const)(
    'is followed by every %s catalogue, the manifest localisation included',
    (language) => {
      expect(ruledOutUses(cataloguesOf(root, language), glossary.ruledOut[language], glossary.exceptions)).toEqual([]);
    },
  );

  it('reads the core, the split and the manifest catalogues of a language', () => {
    expect(Object.keys(cataloguesOf(root, 'nl'))).toEqual(
      expect.arrayContaining([
        'i18n/nl.json.welcome.text',
        'i18n/nl/report.json.report.mood.title',
        'manifest/nl-BE.json.description.full',
        'manifest/nl-NL.json.description.full',
      ]),
    );
    expect(Object.keys(cataloguesOf(root, 'nl')).some((key) => key.startsWith('i18n/en'))).toBe(false);
  });
});

describe('checking a catalogue against the glossary', () => {
  it('names the message and the ruled-out word, whole word and in any case', () => {
    const catalogue = {
      'report.mood': 'Stemming bij de check-in',
      'vote.title': 'Stemronde · bijeenkomst 2',
      'vote.more': 'Nog 3 ideeën staan in de Leerkring-tab.',
      'report.survey': 'Impactmeting',
    };
    expect(ruledOutUses(catalogue, glossary.ruledOut.nl, glossary.exceptions)).toEqual([
      { key: 'report.mood', term: 'stemming', text: 'Stemming bij de check-in' },
      { key: 'vote.more', term: 'tab', text: 'Nog 3 ideeën staan in de Leerkring-tab.' },
      { key: 'report.survey', term: 'impactmeting', text: 'Impactmeting' },
    ]);
  });

  it('leaves slash commands, placeholders and the listed exceptions alone', () => {
    const catalogue = {
      command: 'Naar het retrospectief: /retro',
      placeholder: 'Je kan ze aanpassen tot {{deadline}}.',
      exception: 'Backward design: vertrek van het einddoel.',
    };
    expect(ruledOutUses(catalogue, ['retro', 'deadline', 'design'], ['backward design'])).toEqual([]);
    expect(ruledOutUses({ typed: 'Typ retro of design' }, ['retro', 'design'], ['backward design'])).toHaveLength(2);
  });
});
