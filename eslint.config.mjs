// Lint with type information. The dependency rule of docs/architecture.md is enforced here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const sdks = [
  'botbuilder',
  'botbuilder-*',
  'botframework-*',
  'restify',
  'better-sqlite3',
  '@microsoft/*',
  '@azure/*',
  'react',
  'react-*',
  'node:*',
  'fs',
  'path',
  'http',
];
const botbuilder = ['botbuilder', 'botbuilder-*', 'botframework-*'];
// Each layer's folder wherever an import path reaches it: `layers.bot` is '**/bot/*'.
const layers = Object.fromEntries(['bot', 'server', 'tabs', 'tests', 'i18n', 'domain'].map((l) => [l, `**/${l}/*`]));
const archived = 'botbuilder is archived: keep it inside bot/ (docs/decisions/0001).';
// bot/ itself or any module in it but bot/create-bot (a glob cannot let one file of an excluded folder through).
const botButItsEntry = '(^|/)bot(/(?!create-bot$).*)?$';
const oneWayIn = 'botbuilder is archived: the server reaches bot/ through bot/create-bot only (docs/decisions/0001).';

/**
 * One block per folder with one merged rule: in flat config a later block that sets the same rule replaces it.
 * The TypeScript variant of the rule, so that a pattern may allow type-only imports (the tab's view types).
 */
const layer = (files, patterns, extra = {}) => ({
  files,
  ...extra,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});

// domain/report/ is the domain's own: the top-level report/ is banned by depth, not with `**/report/*`.
const domainAt = (depth) =>
  layer(
    [`domain/${'*/'.repeat(depth)}*.ts`],
    [
      { group: [...sdks, 'i18next'], message: 'The domain is plain TypeScript: no SDKs, no I/O, no i18n.' },
      {
        group: [...Object.values(layers).filter((l) => l !== layers.domain), `${'../'.repeat(depth + 1)}report/*`],
        message: 'The domain imports nothing but itself.',
      },
    ],
  );

const layerRules = [
  ...[0, 1, 2, 3].map(domainAt),
  layer(
    ['i18n/**/*.ts'],
    [
      { group: sdks, message: 'i18n/ is plain TypeScript: no SDKs but i18next, no I/O.' },
      {
        group: [layers.bot, layers.server, layers.tabs, layers.tests, '**/report/*'],
        message: 'i18n/ imports nothing of the adapters.',
      },
    ],
  ),
  layer(
    ['report/**/*.ts'],
    [
      {
        group: [...botbuilder, 'restify', 'better-sqlite3', '@azure/*', '@microsoft/*', 'react', 'react-*'],
        message: 'report/ draws a report from the domain model: PDF and SVG libraries only.',
      },
      { group: [layers.bot, layers.server, layers.tabs, layers.tests], message: 'report/ imports the domain only.' },
    ],
  ),
  layer(
    ['bot/**/*.ts'],
    [
      {
        group: [layers.server, layers.tabs, layers.tests, 'restify', 'better-sqlite3', '@azure/*'],
        message: 'bot/ depends on the domain only; the server wires it in.',
      },
    ],
  ),
  layer(
    ['server/**/*.ts'],
    [
      { group: botbuilder, message: archived },
      { regex: botButItsEntry, message: oneWayIn },
      { group: [layers.tabs, layers.tests], message: 'The server does not import the tab or the tests.' },
    ],
  ),
  layer(
    ['tabs/**/*.ts', 'tabs/**/*.tsx'],
    [
      { group: [...botbuilder, layers.bot], message: archived },
      {
        group: ['node:*', 'fs', 'path', 'http', 'restify', 'better-sqlite3', '@azure/*', layers.tests],
        message: 'The tab runs in the browser: no Node, no server packages.',
      },
      { group: [layers.server], allowTypeImports: true, message: 'The tab shares only types with the server.' },
    ],
  ),
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'tabs/dist/',
      'appPackage/build/',
      'data/',
      'tests/artifacts/',
      'devTools/',
      'coverage/',
      'eslint.config.mjs',
      'jest.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  ...layerRules,
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
  {
    files: ['scripts/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
);
