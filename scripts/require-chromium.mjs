#!/usr/bin/env node
// Runs before the e2e tests (npm run test:e2e): they drive the Microsoft 365 Agents Playground in
// Debian's Chromium through playwright-core, which never downloads a browser of its own.
import fs from 'node:fs';
import pc from 'picocolors';

const chromium = process.env.CHROMIUM || '/usr/bin/chromium';

if (!fs.existsSync(chromium)) {
  process.stderr.write(
    [
      `${pc.red('The e2e tests need Chromium')}, and there is none at ${pc.bold(chromium)}.`,
      '',
      "Install Debian's Chromium once per machine (about a minute):",
      '',
      `    ${pc.cyan('sudo apt-get update && sudo apt-get install -y chromium')}`,
      '',
      `Or point ${pc.bold('CHROMIUM')} at another Chromium binary: CHROMIUM=/path/to/chromium npm run test:e2e`,
      'Do not let Playwright download a browser: the tests use playwright-core with the system Chromium.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

try {
  fs.accessSync(chromium, fs.constants.X_OK);
} catch {
  process.stderr.write(
    `${pc.red(`${chromium} is not executable.`)} ` +
      'Check the CHROMIUM setting or reinstall: sudo apt-get install --reinstall chromium\n',
  );
  process.exit(1);
}

// Not required, but without a colour emoji font the moods on the check-in card (⛈️ 🌧️ ⛅) show as
// empty boxes in the screenshots, which hides real rendering problems.
const emojiFonts = [
  '/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf',
  '/usr/share/fonts/opentype/noto/NotoColorEmoji.ttf',
];
if (process.platform === 'linux' && !emojiFonts.some((f) => fs.existsSync(f))) {
  process.stderr.write(
    `${pc.yellow('Note:')} no colour emoji font found, so emoji in the screenshots will show as boxes. ` +
      `For true-to-life screenshots: ${pc.cyan('sudo apt-get install -y fonts-noto-color-emoji')}\n`,
  );
}
