// Lint with type information. The dependency rule of docs/architecture.md is enforced here.
import js from '@eslint/js';
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
      'scripts/*.mjs',
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
  {
    files: ['domain/**/*.ts', 'i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: sdks, message: 'domain/ and i18n/ stay plain TypeScript: no SDKs, no I/O.' },
            {
              group: ['**/bot/*', '**/server/*', '**/tabs/*', '**/tests/*'],
              message: 'domain/ and i18n/ import nothing of the adapters.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...sdks, 'i18next', '**/i18n/*', '**/bot/*', '**/server/*', '**/tabs/*'],
              message: 'The domain imports nothing but itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bot/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/*', '**/tabs/*', 'restify'],
              message: 'bot/ depends on the domain only; the server wires it in.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['domain/**/*.ts', 'server/**/*.ts', 'tabs/**/*.ts', 'tabs/**/*.tsx'],
    ignores: ['server/main.ts', 'server/app.ts', 'server/background.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['botbuilder', 'botbuilder-*', 'botframework-*', '**/bot/*'],
              message: "botbuilder is archived: keep it inside bot/ and the server's wiring (docs/decisions/0001).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
);
