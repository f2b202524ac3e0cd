/**
 * End to end, `npm run members` in the Agents Playground: Griet (the Playground's current user) starts a
 * session in the channel; the sample colleagues answer the check-in, the brainstorm board and the dot-vote
 * through the members code, which sends their clicks through the Playground's customActivities endpoint. The
 * channel's cards then show their answers, as the whole group sees them. Screenshots: tests/artifacts/members-*.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { translator } from '../../i18n/t';
import { runMembers } from '../../scripts/members';
import { CHROMIUM, ROOT, makeWorkDir, startStack, type Stack, UpdateGate, openPlaygroundBrowser } from './local-stack';
import { steerFromTab } from './local-tab-steering';

jest.setTimeout(300_000);

const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');
const t = translator('en'); // the Playground sends en-US, so the community and its cards are English

const run: { workDir?: string; stack?: Stack; context?: BrowserContext; page?: Page; passed?: boolean } = {};

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of fs.readdirSync(ARTIFACTS)) if (/^members-.*\.png$/.test(f)) fs.rmSync(path.join(ARTIFACTS, f));
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  run.workDir = makeWorkDir('leerkring-e2e-members-');
  run.stack = await startStack(run.workDir);
  ({ context: run.context, page: run.page } = await openPlaygroundBrowser(run.workDir, new UpdateGate()));
  run.page.setDefaultTimeout(60_000); // the Playground's 9 MB bundle, on a shared 2-core machine
});

afterAll(async () => {
  const { page, stack, workDir } = run;
  if (!run.passed && page)
    await page.screenshot({ path: path.join(ARTIFACTS, 'members-failure.png'), fullPage: true }).catch(() => undefined);
  if (!run.passed && stack) process.stderr.write(`\nLogs of the local stack (also in ${workDir}):\n${stack.logs()}\n`);
  await run.context?.close().catch(() => undefined);
  await stack?.stop();
  if (run.passed && workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

const card = (text: string): Locator => run.page!.locator('.ac-adaptiveCard').filter({ hasText: text }).last();

/** Griet @mentions Leerkring in the channel with a command, as a new post. */
async function command(text: string): Promise<void> {
  const p = run.page!;
  await p.locator('[data-lexical-editor="true"]').first().click();
  await p.keyboard.type('@Leer');
  await p.getByRole('menuitem', { name: 'Leerkring' }).click();
  await p.keyboard.type(` ${text}`);
  await p.getByRole('button', { name: 'Post', exact: true }).click();
}

/** The colleagues answer through the Playground; every click is answered 200. */
async function colleaguesAnswer(members: number): Promise<void> {
  const lines = await runMembers({ url: run.stack!.botUrl, members });
  expect(lines[0]).toContain('through the Agents Playground');
  expect(lines.filter((l) => l.startsWith('  ✓ '))).toHaveLength(members);
}

/** Each phase: Griet's command, the card's title, what it says before and after the colleagues answered. */
const PHASES = [
  { command: '/start-session', title: t('checkIn.title', { number: 1 }), empty: t('checkIn.countNone'), members: 5 },
  {
    command: '/next',
    title: t('board.title', { phase: t('phase.explore.title'), number: 1 }),
    empty: t('board.countNone'),
    members: 4,
  },
  { command: '/next', title: t('vote.title', { number: 1 }), empty: t('vote.grouping'), members: 3, open: 2 },
];
const answered = [
  t('checkIn.count', { count: 5 }),
  `${t('board.count', { count: 4 })} ${t('board.authors', { count: 4 })}`,
  t('vote.voters', { count: 3 }),
];

test('the sample colleagues answer the check-in, the board and the vote, and the channel sees it', async () => {
  const p = run.page!;
  await p.goto(run.stack!.playgroundUrl);
  await p.locator('[data-lexical-editor="true"]').first().waitFor();
  await p.getByRole('treeitem', { name: /Bijeenkomsten/ }).click();

  for (const [i, phase] of PHASES.entries()) {
    await command(phase.command);
    await card(phase.title).getByText(phase.empty).waitFor();
    if ('open' in phase && phase.open !== undefined) {
      // The vote starts closed; Griet's "Open the vote" is in her own view, which the Playground cannot show.
      await steerFromTab(run.stack!, 'open-vote', phase.open);
      await card(phase.title).getByText(t('vote.votersNone')).waitFor();
    }
    await colleaguesAnswer(phase.members);
    await card(phase.title).getByText(answered[i]!).waitFor();
    await card(phase.title).screenshot({ path: path.join(ARTIFACTS, `members-0${i + 1}-${phase.members}.png`) });
  }
  // The post-its the colleagues wrote are the ideas everybody votes on.
  await card(PHASES[2]!.title).getByText('More practice tests before the exams').waitFor();
  await p.screenshot({ path: path.join(ARTIFACTS, 'members-04-channel.png') });

  expect(run.stack!.server.text).not.toMatch(/\berror\b/i);
  run.passed = true;
});
