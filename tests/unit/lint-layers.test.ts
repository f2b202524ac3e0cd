import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');
const RULE = '@typescript-eslint/no-restricted-imports';

// ESLint loads its flat config with a dynamic import, which jest's VM cannot do: lint in a plain Node process.
const LINT = `
const { ESLint } = require('eslint');
const path = require('node:path');
const cases = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: path.resolve('eslint.config.mjs') });
Promise.all(cases.map(async ({ file, code }) => {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(file) });
  return result.messages.map((m) => ({ ruleId: m.ruleId, fatal: !!m.fatal, message: m.message }));
})).then((all) => process.stdout.write(JSON.stringify(all)));
`;

type Message = { ruleId: string | null; fatal: boolean; message: string };

/** The import-rule messages (and parse failures) ESLint gives each code as if it were the file named. */
function lintAll(cases: { file: string; code: string }[]): string[][] {
  const run = spawnSync(process.execPath, ['-e', LINT], {
    cwd: root,
    input: JSON.stringify(cases),
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  const all = JSON.parse(run.stdout) as Message[][];
  return all.map((messages) => messages.filter((m) => m.ruleId === RULE || m.fatal).map((m) => m.message));
}

// Real files of each layer (typed linting needs a file of the project), given other text.
const refused: [string, string][] = [
  ['domain/errors.ts', "import fs from 'node:fs';"],
  ['domain/errors.ts', "import i18next from 'i18next';"],
  ['domain/session/session.ts', "import { x } from '../../server/x';"],
  ['domain/session/session.ts', "import { openSqliteStore } from '../../server/storage/sqlite/sqlite-store';"],
  ['domain/session/session.ts', "import { translator } from '../../i18n/t';"],
  ['domain/session/session.ts', "import { renderReport } from '../../report/render-report';"],
  ['domain/errors.ts', "import { renderReport } from '../report/render-report';"],
  ['report/theme.ts', "import { CardFactory } from 'botbuilder';"],
  ['report/sections/actions.ts', "import { x } from '../../server/x';"],
  ['bot/dates.ts', "import { x } from '../server/x';"],
  ['bot/activities/card-target.ts', "import restify from 'restify';"],
  ['tabs/src/types.ts', "import { CardFactory } from 'botbuilder';"],
  ['tabs/src/types.ts', "import { x } from '../../server/x';"],
  ['i18n/t.ts', "import { x } from '../bot/x';"],
  ['server/tab-api/register.ts', "import { CardFactory } from 'botbuilder';"],
  // The server reaches the bot through its entry point only, and no file of it is exempt (decision 0001).
  ['server/app.ts', "import { CardFactory } from 'botbuilder';"],
  ['server/background.ts', "import { validateAndFixActivity } from 'botbuilder/lib/activityValidator';"],
  ['server/main.ts', "import { TeamsInfo } from 'botbuilder-core';"],
  ['server/app.ts', "import { LeerkringBot } from '../bot/leerkring-bot';"],
  ['server/background.ts', "import { reportNotifier } from '../bot/reports/report-notifier';"],
  ['server/tab-api/register.ts', "import type { PostedCard } from '../../bot/bot-services';"],
  ['server/app.ts', "import { createBot } from '../bot/create-bot/index';"],
];

const allowed: [string, string][] = [
  ['domain/session/session.ts', "import { x } from '../report/x';"],
  ['domain/errors.ts', "import { x } from './ports';"],
  ['i18n/t.ts', "import i18next from 'i18next';"],
  ['report/theme.ts', "import fs from 'node:fs';"],
  ['bot/dates.ts', "import { CardFactory } from 'botbuilder';"],
  ['tabs/src/types.ts', "import type { x } from '../../server/x';"],
  ['server/app.ts', "import { createBot } from '../bot/create-bot';"],
  ['server/tab-api/register.ts', "import type { SessionChange } from '../../bot/create-bot';"],
];

describe('the dependency rule of each layer', () => {
  let results: string[][] = [];
  beforeAll(() => {
    results = lintAll([...refused, ...allowed].map(([file, code]) => ({ file, code })));
  }, 240_000);

  it.each(refused.map((c, i) => [...c, i] as const))('%s refuses %s', (_file, _code, i) => {
    expect(results[i]).toHaveLength(1);
    expect(results[i]?.[0]).toMatch(
      /imports nothing|plain TypeScript|domain only|archived|browser|types with the server|PDF and SVG libraries only/,
    );
  });

  it.each(allowed.map((c, i) => [...c, refused.length + i] as const))('%s takes %s', (_file, _code, i) => {
    expect(results[i]).toEqual([]);
  });
});
