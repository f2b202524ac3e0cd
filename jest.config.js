/**
 * Test projects: `npm test` runs unit + integration (nothing beyond npm install); `npm run test:e2e` needs Chromium.
 */
// ts-jest transpiles only (isolatedModules): types are checked once by `npm run typecheck`, not per test file.
const tsJest = [
  'ts-jest',
  {
    tsconfig: {
      isolatedModules: true,
      allowJs: true,
      module: 'commonjs',
      esModuleInterop: true,
      resolveJsonModule: true,
      jsx: 'react-jsx',
    },
  },
];
const transform = { '^.+\\.tsx?$': tsJest, '^.+\\.m?js$': tsJest };
const base = {
  transform,
  // adaptivecards (and swiper, which it loads) and jose ship ES modules: transpile them to CommonJS like our own code.
  transformIgnorePatterns: ['/node_modules/(?!(adaptivecards|swiper|ssr-window|dom7|jose)/)'],
  testEnvironment: 'node',
  // A busy 2-core machine renders the jsdom tab tests slowly; 5 s (the default) timed out there.
  testTimeout: 15_000,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
};

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/contract/**/*.test.ts'],
    },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
  ],
};
