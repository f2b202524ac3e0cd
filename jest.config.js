/** Test projects: `npm test` runs unit + integration (nothing beyond npm install); `npm run test:e2e` needs Chromium. */
const transform = { '^.+\\.(t|j)sx?$|^.+\\.mjs$': ['@swc/jest', { jsc: { target: 'es2022' } }] };
const base = {
  transform,
  // adaptivecards (and swiper, which it loads) ship ES modules: let swc turn them into CommonJS like our own code.
  transformIgnorePatterns: ['/node_modules/(?!(adaptivecards|swiper|ssr-window|dom7)/)'],
  testEnvironment: 'node',
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
