/**
 * End to end, as a member would do it in Teams: in the Microsoft 365 Agents Playground (a Teams-like
 * client with a mock Bot Connector), driven by Playwright in Debian's Chromium, against the real
 * server. A facilitator @mentions Leerkring in the channel, starts a session, clicks the check-in card's
 * button, fills the form the bot posts (the Playground opens no dialogs, see bot/dialogs/dialog-fallback.ts)
 * and sees the confirmation; the shared card then shows the count. Needs /usr/bin/chromium
 * (`npm run test:e2e` says how to install it). Screenshots go to tests/artifacts/.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import en from '../../i18n/en.json';
import enDialog from '../../i18n/en/dialog.json';
import { CHROMIUM, ROOT, makeWorkDir, startStack, type Stack, UpdateGate, openPlaygroundBrowser } from './local-stack';
import { clickDialogButton, dialogButtons } from './playground-dialog';

jest.setTimeout(120_000);

const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');
const CHANNEL = /Bijeenkomsten/; // the treeitem reads "PLG Anatomie & Fysiologie - Bijeenkomsten"
const { dialog } = enDialog;
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/{{(\w+)}}/g, (_, k: string) => String(values[k]));

let workDir: string;
let stack: Stack | undefined;
let context: BrowserContext | undefined;
let page: Page | undefined;
let passedTests = 0;
const TESTS = 2;
const timings: Record<string, number> = {};
const t0 = Date.now();
const mark = (what: string) => {
  timings[what] = Date.now() - t0;
};

const gate = new UpdateGate();
const buttons = dialogButtons();

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.rmSync(path.join(ARTIFACTS, 'failure.png'), { force: true });
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: sudo apt-get update && sudo apt-get install -y chromium`);
  workDir = makeWorkDir('leerkring-e2e-');
  stack = await startStack(workDir);
  mark('server + playground up');

  ({ context, page } = await openPlaygroundBrowser(workDir, gate, buttons.record));
  mark('chromium launched');
});

afterAll(async () => {
  const passed = passedTests === TESTS;
  if (!passed) {
    if (page) await page.screenshot({ path: path.join(ARTIFACTS, 'failure.png') }).catch(() => undefined);
    if (stack)
      process.stderr.write(`\nThe e2e test failed. Logs of the local stack (also in ${workDir}):\n${stack.logs()}\n`);
  }
  await context?.close().catch(() => undefined);
  await stack?.stop();
  process.stderr.write(`e2e timings (ms since start): ${JSON.stringify(timings)}\n`);
  if (passed && workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

const card = (text: string | RegExp): Locator => page!.locator('.ac-adaptiveCard').filter({ hasText: text }).last();

test('the server is up in local mode, with its data in the fresh data directory', async () => {
  const response = await fetch(`${stack!.botUrl}/healthz`);
  expect(response.status).toBe(200);
  const health = (await response.json()) as { status: string; mode: string; store: { ok: boolean; location: string } };
  expect(health).toMatchObject({ status: 'ok', mode: 'local', store: { ok: true } });
  expect(health.store.location).toBe(path.join(stack!.dataDir, 'leerkring.db'));
  passedTests += 1;
});

test('a facilitator starts a session in the channel and checks in on the card', async () => {
  const p = page!;
  await p.goto(stack!.playgroundUrl);
  const composer = p.locator('[data-lexical-editor="true"]').first();
  await composer.waitFor();
  mark('playground UI ready');

  // In a channel the bot only hears messages that @mention it, as in Teams.
  await p.getByRole('treeitem', { name: CHANNEL }).click();
  await composer.click();
  await p.keyboard.type('@Leer');
  await p.getByRole('menuitem', { name: 'Leerkring' }).click();
  await p.keyboard.type(' /start-session');
  await p.getByRole('button', { name: 'Post' }).click();

  await card(fill(en.session.started, { number: 1 })).waitFor();
  const checkIn = card(fill(en.checkIn.title, { number: 1 }));
  await checkIn.waitFor();
  mark('check-in card visible');
  await checkIn.getByText(en.checkIn.countNone).waitFor();
  expect(await checkIn.getByRole('textbox').count()).toBe(0); // typing happens in the dialog, not on the shared card
  await checkIn.screenshot({ path: path.join(ARTIFACTS, 'check-in-1-card.png') });
  await p.screenshot({ path: path.join(ARTIFACTS, 'check-in-1-page.png') });

  // The Playground opens no dialogs (and its click on such a button throws): the click's message goes through its
  // customActivities endpoint, and the bot posts the dialog's form as a message.
  await checkIn.getByRole('button', { name: en.checkIn.submit, exact: true }).waitFor();
  await clickDialogButton(stack!.playgroundUrl, buttons.find('checkin.submit'));
  const form = card(dialog.title.checkin.submit);
  await form.waitFor();
  mark('check-in form visible');
  expect(await form.getByRole('radio').count()).toBe(Object.keys(en.moods).length);
  await form.getByRole('radio', { name: en.moods.sunny, exact: true }).check();
  await form.getByRole('textbox', { name: en.checkIn.questions.dish }).fill('Lasagne & <b>pasta</b>: comfort food');
  await form
    .getByRole('textbox', { name: en.checkIn.sinceLastTimeLabel })
    .fill('Read the article on spaced repetition.');
  await form.screenshot({ path: path.join(ARTIFACTS, 'check-in-2-filled.png') });

  // Sent: the form is replaced in place by the short line.
  await form.getByRole('button', { name: en.checkIn.submit, exact: true }).click();
  const done = card(dialog.done.checkin.submit);
  await done.waitFor();
  expect(await done.getByRole('textbox').count()).toBe(0); // the form itself was replaced
  mark('confirmation visible');
  await done.screenshot({ path: path.join(ARTIFACTS, 'check-in-3-saved.png') });

  // The shared card (what the channel sees) gets the count.
  const shared = card(fill(en.checkIn.count_one, { count: 1 }));
  await shared.waitFor();
  await shared.screenshot({ path: path.join(ARTIFACTS, 'check-in-4-shared.png') });
  await p.screenshot({ path: path.join(ARTIFACTS, 'check-in-4-page.png') });
  mark('shared card updated');

  // Opened again, the form shows what the member saved.
  await shared.getByRole('button', { name: en.checkIn.submit, exact: true }).waitFor();
  await clickDialogButton(stack!.playgroundUrl, buttons.find('checkin.submit'));
  const again = card(dialog.title.checkin.submit);
  await again.waitFor();
  expect(await again.getByRole('radio', { name: en.moods.sunny, exact: true }).isChecked()).toBe(true);
  expect(await again.getByRole('textbox', { name: en.checkIn.questions.dish }).inputValue()).toBe(
    'Lasagne & <b>pasta</b>: comfort food',
  );
  await again.screenshot({ path: path.join(ARTIFACTS, 'check-in-5-reopened.png') });

  // And the answer is in the store of this server.
  const db = new Database(path.join(stack!.dataDir, 'leerkring.db'), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT user_id, data FROM check_ins').all() as { user_id: string; data: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.user_id).toBe('user-id-0');
    expect(JSON.parse(rows[0]!.data)).toMatchObject({ mood: 'sunny', answer: 'Lasagne & <b>pasta</b>: comfort food' });
  } finally {
    db.close();
  }

  // /help in the same channel answers with the overview card.
  await composer.click();
  await p.keyboard.type('@Leer');
  await p.getByRole('menuitem', { name: 'Leerkring' }).click();
  await p.keyboard.type(' /help');
  await p.getByRole('button', { name: 'Post' }).click();
  const help = card(en.help.title);
  await help.waitFor();
  await help.getByText(en.help.youAreFacilitator).waitFor();
  await help.screenshot({ path: path.join(ARTIFACTS, 'help-card.png') });
  mark('help card visible');

  const health = await fetch(`${stack!.botUrl}/healthz`);
  expect(health.status).toBe(200);
  expect(stack!.server.running && stack!.playground.running).toBe(true);
  expect(stack!.server.text).not.toMatch(/\berror\b/);
  passedTests += 1;
});
