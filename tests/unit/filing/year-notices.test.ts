import type { PermanentReason } from '../../../domain/report/filing';
import { translator } from '../../../i18n/t';

const REASONS: PermanentReason[] = ['channelName', 'permissions', 'notAChannel', 'sessionGone'];
const NOTICES = [
  'delayed',
  'signIn',
  'requested',
  'filed.title',
  'filed.previewAlt',
  ...REASONS.map((r) => `failed.${r}`),
];

describe("the year portfolio's notices in the channel", () => {
  it.each(['nl', 'en'] as const)('name the portfolio and its school year in %s, for every outcome', (language) => {
    const t = translator(language);
    for (const notice of NOTICES) {
      const text = t(`filing.year.${notice}`, { year: '2026-2027', number: 4 });
      expect(text).toContain('2026-2027');
      expect(text).toMatch(language === 'nl' ? /jaarportfolio/i : /year portfolio/i);
    }
  });

  it('tell a facilitator how to ask again with the command in their language', () => {
    expect(translator('nl')('filing.year.failed.permissions', { year: '2026-2027' })).toContain('/verslag jaar');
    expect(translator('en')('filing.year.failed.permissions', { year: '2026-2027' })).toContain('/report year');
  });
});
