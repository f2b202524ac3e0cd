/**
 * End to end, `npm run members` in the Agents Playground: Griet (the Playground's current user) starts a
 * session in the channel; the sample colleagues answer the check-in, the brainstorm board and the dot-vote
 * through the members code, which sends their clicks through the Playground's customActivities endpoint. The
 * channel's cards then show their answers, as the whole group sees them. Screenshots: tests/artifacts/members-*.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import en from '../../i18n/en.json';
import { runMembers } from '../../scripts/members';
import { CHROMIUM, ROOT, makeWorkDir, startStack, type Stack, UpdateGate, openPlaygroundBrowser } from './local-stack';

jest.setTimeout(300_000);

const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/{{(\w+)}}/g, (_, k: string) => String(values[k]));

let workDir: string;
let stack: Stack | undefined;
let context: BrowserContext | undefined;
let page: Page | undefined;
let passed = false;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of fs.readdirSync(ARTIFACTS)) if (/^members-.*\.png$/.test(f)) fs.rmSync(path.join(ARTIFACTS, f));
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  workDir = makeWorkDir('leerkring-e2e-members-');
  stack = await startStack(workDir);
  ({ context, page } = await openPlaygroundBrowser(workDir, new UpdateGate()));
  page.setDefaultTimeout(60_000); // the Playground's 9 MB bundle, on a shared 2-core machine
});

afterAll(async () => {
  if (!passed && page)
    await page.screenshot({ path: path.join(ARTIFACTS, 'members-failure.png'), fullPage: true }).catch(() => undefined);
  if (!passed && stack) process.stderr.write(`\nLogs of the local stack (also in ${workDir}):\n${stack.logs()}\n`);
  await context?.close().catch(() => undefined);
  await stack?.stop();
  if (passed && workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

const card = (text: string | RegExp): Locator => page!.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
const shot = (name: string, target: Locator) =>
  target.screenshot({ path: path.join(ARTIFACTS, `members-${name}.png`) });

/** Griet @mentions Leerkring in the channel with a command, as a new post. */
async function command(text: string): Promise<void> {
  const p = page!;
  await p.locator('[data-lexical-editor="true"]').first().click();
  await p.keyboard.type('@Leer');
  await p.getByRole('menuitem', { name: 'Leerkring' }).click();
  await p.keyboard.type(` ${text}`);
  await p.getByRole('button', { name: 'Post', exact: true }).click();
}

/** The colleagues answer through the Playground; every click is answered 200. */
async function colleaguesAnswer(members: number): Promise<string[]> {
  const lines = await runMembers({ url: stack!.botUrl, members });
  expect(lines[0]).toContain('through the Agents Playground');
  expect(lines.filter((l) => l.startsWith('  ✓ '))).toHaveLength(members);
  return lines;
}

test('the sample colleagues answer the check-in, the board and the vote, and the channel sees it', async () => {
  const p = page!;
  await p.goto(stack!.playgroundUrl);
  await p.locator('[data-lexical-editor="true"]').first().waitFor();
  await p.getByRole('treeitem', { name: /Bijeenkomsten/ }).click();

  await command('/start-session');
  const checkInTitle = fill(en.checkIn.title, { number: 1 });
  await card(checkInTitle).getByText(en.checkIn.countNone).waitFor();
  await colleaguesAnswer(5);
  const checkedIn = card(checkInTitle);
  await checkedIn.getByText(fill(en.checkIn.count_other, { count: 5 })).waitFor();
  await shot('01-check-in', checkedIn);

  await command('/next');
  const boardTitle = fill(en.board.title, { phase: en.phase.explore.title, number: 1 });
  await card(boardTitle).getByText(en.board.countNone).waitFor();
  await colleaguesAnswer(4);
  const board = card(boardTitle);
  const fromFour = `${fill(en.board.count_other, { count: 4 })} ${fill(en.board.authors_other, { count: 4 })}`;
  await board.getByText(fromFour).waitFor();
  await shot('02-board', board);

  await command('/next');
  const voteTitle = fill(en.vote.title, { number: 1 });
  await card(voteTitle).getByText(en.vote.votersNone).waitFor();
  await colleaguesAnswer(3);
  const vote = card(voteTitle);
  await vote.getByText(fill(en.vote.voters_other, { count: 3 })).waitFor();
  // The post-its the colleagues wrote are the ideas everybody votes on.
  await vote.getByText('More practice tests before the exams').waitFor();
  await shot('03-vote', vote);
  await p.screenshot({ path: path.join(ARTIFACTS, 'members-04-channel.png') });

  expect(stack!.server.text).not.toMatch(/\berror\b/i);
  passed = true;
});
