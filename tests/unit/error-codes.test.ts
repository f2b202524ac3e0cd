import { ERROR_CODES, type ErrorCode } from '../../domain/errors';
import type { CatalogueKey } from '../../i18n/catalogue-keys';
import { catalogues, translator, type Lang } from '../../i18n/t';
import { ERROR_STATUS } from '../../server/tab-api/error-status';
import { statusOf } from '../../server/tab-api/respond';

// The same rule at compile time (ts-jest only transpiles: `npm run typecheck` checks it). A code without a
// message in both languages makes this line fail to compile, naming the code.
type Untranslated = Exclude<ErrorCode, CatalogueKey>;
const everyCodeIsAKey: [Untranslated] extends [never] ? true : Untranslated = true;
void everyCodeIsAKey;

const messageOf = (lang: Lang, code: string): unknown =>
  code
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], catalogues[lang]);

const placeholders = (message: unknown): string[] =>
  [...String(message).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('error codes', () => {
  it('are listed once each', () => {
    expect(ERROR_CODES.filter((code, i) => ERROR_CODES.indexOf(code) !== i)).toEqual([]);
  });

  it.each(['en', 'nl'] as const)('each have a message of their own in %s', (lang) => {
    const t = translator(lang);
    const missing = ERROR_CODES.filter((code) => typeof messageOf(lang, code) !== 'string' || t(code) === code);
    expect(missing).toEqual([]);
  });

  it('ask for the same values in both languages', () => {
    const differ = ERROR_CODES.filter(
      (code) => placeholders(messageOf('en', code)).join() !== placeholders(messageOf('nl', code)).join(),
    );
    expect(differ).toEqual([]);
  });
});

describe('the HTTP status of a domain refusal', () => {
  it('is set for every code, and only for codes', () => {
    expect(Object.keys(ERROR_STATUS).sort()).toEqual([...ERROR_CODES].sort());
  });

  it.each([
    ['errors.role.facilitatorOnly', 403],
    ['errors.role.observerCannotContribute', 403],
    ['errors.store.busy', 503],
    ['errors.input.tooLong', 400],
    ['errors.input.required', 400],
    ['errors.session.unknownFormat', 400],
    ['errors.activity.gone', 404],
    ['errors.action.gone', 404],
    ['errors.session.noneRunning', 409],
    ['errors.survey.closed', 409],
    ['data.archive.refused', 409],
    ['schedule.errors.when', 409],
  ] as const)('%s answers %i', (code, status) => {
    expect(statusOf({ code })).toBe(status);
  });

  it('is 400 for every errors.input code, a value the user can correct', () => {
    const inputCodes = ERROR_CODES.filter((code) => code.startsWith('errors.input.'));
    expect(inputCodes.length).toBeGreaterThan(0);
    expect(inputCodes.filter((code) => statusOf({ code }) !== 400)).toEqual([]);
  });
});
