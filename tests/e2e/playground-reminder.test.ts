/**
 * End to end in the Microsoft 365 Agents Playground: a facilitator plans the closing session two minutes
 * ahead with /plan, and the reminder (due an hour before, so already due) and the impact questionnaire (due a
 * week before) arrive in the channel as proactive messages from the scheduler, which looks for due reminders
 * when it starts and every 30 seconds. A member then answers the questionnaire on its card.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import en from '../../i18n/en/schedule.json';
import core from '../../i18n/en.json';
import { CHROMIUM, ROOT, makeWorkDir, openPlaygroundBrowser, startStack, UpdateGate, type Stack } from './local-stack';

jest.setTimeout(150_000);

const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');
const CHANNEL = /Bijeenkomsten/;

let workDir: string;
let stack: Stack | undefined;
let context: BrowserContext | undefined;
let page: Page | undefined;
let passed = false;
const gate = new UpdateGate();

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: sudo apt-get update && sudo apt-get install -y chromium`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  workDir = makeWorkDir('leerkring-e2e-reminder-');
  stack = await startStack(workDir);
  ({ context, page } = await openPlaygroundBrowser(workDir, gate));
});

afterAll(async () => {
  if (!passed) {
    if (page) await page.screenshot({ path: path.join(ARTIFACTS, 'reminder-failure.png') }).catch(() => undefined);
    if (stack) process.stderr.write(`\nThe reminder e2e test failed. Logs of the local stack:\n${stack.logs()}\n`);
  }
  await context?.close().catch(() => undefined);
  await stack?.stop();
  if (passed && workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

/** The wall-clock date and time in Brussels (the community's default zone), `minutes` from now. */
function brusselsIn(minutes: number): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Brussels',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(Date.now() + minutes * 60_000))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

test(
  'a closing session planned two minutes ahead gets its reminder and its questionnaire, ' + 'which a member answers',
  async () => {
    const p = page!;
    await p.goto(stack!.playgroundUrl);
    const composer = p.locator('[data-lexical-editor="true"]').first();
    await composer.waitFor();
    await p.getByRole('treeitem', { name: CHANNEL }).click();
    const say = async (text: string) => {
      await composer.click();
      await p.keyboard.type('@Leer');
      await p.getByRole('menuitem', { name: 'Leerkring' }).click();
      await p.keyboard.type(` ${text}`);
      await p.getByRole('button', { name: 'Post' }).click();
    };
    const card = (text: string | RegExp) => p.locator('.ac-adaptiveCard').filter({ hasText: text }).last();

    await say('/start-session');
    await card(/Check-in · session 1/).waitFor();
    await say('/end-session');
    await card(/has ended/).waitFor();

    const start = brusselsIn(2);
    await say(`/plan ${start.date} ${start.time} closing`);
    await card(/^Planned: session on /).waitFor({ timeout: 15_000 });

    // Its number follows the sessions held (a session planned on a day one was held may count as that one).
    const title = new RegExp(
      en.schedule.reminder.session.title.replace('{{number}}', '\\d+').replace('{{offset}}', '1 hour'),
    );
    const reminder = card(title);
    await reminder.waitFor({ timeout: 60_000 });
    await reminder.getByText(en.schedule.reminder.session.noActions).waitFor();
    await reminder.screenshot({ path: path.join(ARTIFACTS, 'reminder-in-playground.png') });

    const questionnaire = card(new RegExp(core.closingSurvey.title.replace('{{number}}', '\\d+')));
    await questionnaire.waitFor({ timeout: 60_000 });
    await questionnaire.getByText(core.survey.answersNone).waitFor();
    await questionnaire.screenshot({ path: path.join(ARTIFACTS, 'closing-survey-ahead-1-card.png') });
    const driver = questionnaire.getByRole('combobox', { name: core.survey.questions.driver });
    await driver.click();
    await p.getByRole('listbox').getByRole('option', { name: core.survey.scale['4'], exact: true }).click();
    await questionnaire
      .getByRole('textbox', { name: core.survey.questions['most-valuable'] })
      .fill('The cases <b>we</b> brought *ourselves*');

    // The Playground has no card refresh: hold the shared card's update back to see the member's own view first.
    gate.hold();
    await questionnaire.getByRole('button', { name: core.survey.submit, exact: true }).click();
    const mine = card(core.survey.thanks);
    await mine.waitFor();
    await mine.getByText(core.survey.answers_one.replace('{{count}}', '1')).waitFor();
    expect(await mine.getByRole('combobox').count()).toBe(0);
    await mine.screenshot({ path: path.join(ARTIFACTS, 'closing-survey-ahead-2-answered.png') });
    gate.release();
    passed = true;
  },
);
