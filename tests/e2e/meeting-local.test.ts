/**
 * The meeting's side panel and shared stage in local mode, in Debian's Chromium: the frame context comes from the
 * page's address (`?frameContext=sidePanel|meetingStage`), as Teams would give it. The real server (the integration
 * harness, local mode) serves the built tab; the Playground's sample people are the local identities.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ACTION_KIND } from '../../domain/activities/actions/actions';
import { editDriver } from '../../domain/driver/edit-driver';
import type { TestUser } from '../fakes/activities';
import type { Harness } from '../integration/harness';
import { CHROMIUM, CHROMIUM_ARGS, NON_LOCAL_URL, ROOT } from './local-stack';
import * as sample from './sample-community';

const { expectAccessible, griet, latestSession, lotte, person, pieter } = sample;
const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts', 'meeting');
const PANEL = { width: 320, height: 720 };
const BEAMER = { width: 1920, height: 1080 };

let h: Harness;
let browser: Browser;
/** Griet (facilitator) and Pieter (member) each in their side panel; Lotte's page is the stage. */
let trekker: Page;
let member: Page;
let stage: Page;

const say = sample.sayIn(() => h);
const url = (as: TestUser, frame: 'sidePanel' | 'meetingStage', extra = '') =>
  sample.sampleTabUrl(h, as.id, `&frameContext=${frame}${extra}`);
const open = async (viewport: { width: number; height: number }, address: string) => {
  const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
  page.setDefaultTimeout(10_000);
  await page.route(NON_LOCAL_URL, (route) => route.abort());
  await page.goto(address);
  return page;
};
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  h = await sample.startSampleServer('meeting-e2e');
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  await say('/start-session start'); // Griet founds the community; the roster makes Pieter and Lotte members
  await sample.seedStartSession(h);
  await seedDriverAndAction();
  await say('/end-session');
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

jest.setTimeout(90_000);

/** A driver to show on the stage, and an open action of Pieter's for his side panel before the session. */
async function seedDriverAndAction() {
  const deps = h.app.deps;
  const { communityId, sessionId } = await latestSession(h);
  const driver = {
    endGoal: 'Every first-year lab uses formative feedback every week',
    whyItMatters: 'Students learn more from feedback than from marks',
    whatGoesWell: 'Two courses already use exit tickets',
    steps: [{ text: 'Pilot exit tickets in two lab groups' }, { text: 'Share a rubric for lab reports' }],
    howWeWillKnow: 'The student survey in May',
  };
  expect(await editDriver(deps, { communityId, actor: person(griet), driver, baseRevision: 0 })).toMatchObject({
    ok: true,
  });
  const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const action = { what: 'Try exit tickets in 5B', ownerId: pieter.id, ownerName: pieter.name, due, status: 'open' };
  const record = { communityId, sessionId, phaseIndex: 7, kind: ACTION_KIND, id: 'x1', authorId: griet.id };
  await deps.store.contributions.save({ ...record, data: action, createdAt: new Date().toISOString() }, null);
}

/** Nothing on the page is wider than the 320 px Teams gives the side panel. */
async function expectNoHorizontalScroll(page: Page, label: string) {
  const wide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const over = Array.from(document.querySelectorAll('body *')).filter(
      (el) => el.getBoundingClientRect().right > width + 1,
    );
    return {
      scroll: document.documentElement.scrollWidth - width,
      over: over.slice(0, 5).map((el) => `${el.tagName}.${el.className}`),
    };
  });
  expect([label, wide]).toEqual([label, { scroll: 0, over: [] }]);
}

/** Tab reaches every control of the page (a radio group counts once: arrow keys move within it). */
async function expectKeyboardReachable(page: Page, label: string) {
  const controls = await page.evaluate(() => {
    const all = Array.from(document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]')).filter(
      (el) =>
        !(el as HTMLButtonElement).disabled &&
        el.tabIndex >= 0 &&
        !el.hasAttribute('data-tabster-dummy') &&
        el.getClientRects().length > 0,
    );
    all.forEach((el, i) => {
      const radio = el instanceof HTMLInputElement && el.type === 'radio';
      el.dataset.reach = radio ? `radio:${el.name}` : `${el.tagName}:${i}:${el.textContent ?? ''}`;
    });
    (document.activeElement as HTMLElement | null)?.blur();
    return [...new Set(all.map((el) => el.dataset.reach ?? ''))];
  });
  const reached = new Set<string>();
  for (let i = 0; i < controls.length * 2 + 5; i++) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.reach);
    if (key) reached.add(key);
  }
  expect([label, controls.filter((c) => !reached.has(c))]).toEqual([label, []]);
  expect(controls.length).toBeGreaterThan(0);
}

/** Every piece of text on the stage is at least 24 px: readable on a beamer from across the room. */
async function expectStageTextAtLeast24px(label: string) {
  const small = await stage.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!node.textContent?.trim() || !parent || parent.getClientRects().length === 0) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 24) found.push(`${size}px: ${node.textContent.trim().slice(0, 40)}`);
    }
    return found;
  });
  expect([label, small]).toEqual([label, []]);
}

describe('the meeting side panel and stage in local mode', () => {
  it('shows a member before the session the last report, the agenda and their open actions, 320 px wide', async () => {
    member = await open(PANEL, url(pieter, 'sidePanel'));
    await member.getByRole('heading', { name: 'Next: session 2' }).waitFor();
    await member.getByText('Try exit tickets in 5B').waitFor();
    await member.getByRole('img', { name: 'The one-page report of session 1' }).waitFor({ timeout: 20_000 });
    await expectNoHorizontalScroll(member, 'before');
    await expectKeyboardReachable(member, 'before');
    await shot(member, 'side-panel-before-en');
    await member.goto(url(pieter, 'sidePanel', '&lang=nl').replace('lang=en&', ''));
    await member.getByRole('heading', { name: 'Volgende: bijeenkomst 2' }).waitFor();
    await member.getByRole('img', { name: /verslag van bijeenkomst 1/ }).waitFor({ timeout: 20_000 });
    await shot(member, 'side-panel-before-nl');
  });

  it('lets a member check in from the side panel, keeping what they typed when a field is missing', async () => {
    await member.goto(url(pieter, 'sidePanel'));
    await member.getByRole('heading', { name: 'Next: session 2' }).waitFor();
    await say('/start-session regular');
    // Session 2's check-in asks for a colour (the form rotates); the panel follows the live update.
    await member.getByRole('heading', { name: 'Check-in' }).waitFor();
    await member.getByRole('textbox', { name: /What did you do since last time/ }).fill('Tried the rubric in 5B');
    await member.getByRole('button', { name: 'Check in' }).click();
    await member
      .getByRole('alert')
      .getByText(/still empty/)
      .waitFor();
    await expect(member.getByRole('textbox', { name: /since last time/ }).inputValue()).resolves.toBe(
      'Tried the rubric in 5B',
    );
    await member.getByRole('radio', { name: /Blue/ }).check();
    await member.getByRole('button', { name: 'Check in' }).click();
    await member.getByRole('status').getByText('Your check-in is saved.', { exact: false }).waitFor();
    const { sessionId } = await latestSession(h);
    await expect(h.app.deps.store.checkIns.get(sessionId, pieter.id)).resolves.toMatchObject({
      colour: 'blue',
      sinceLastTime: 'Tried the rubric in 5B',
    });
    await expectNoHorizontalScroll(member, 'check-in');
    await expectKeyboardReachable(member, 'check-in');
    await shot(member, 'side-panel-during-check-in-en');
  });

  it("puts a member's post-it from the side panel on the stage within 2 seconds, without their name", async () => {
    trekker = await open(PANEL, url(griet, 'sidePanel'));
    await trekker.getByRole('button', { name: 'Next phase' }).click();
    await member.getByRole('heading', { name: 'Explore' }).waitFor();
    stage = await open(BEAMER, url(lotte, 'meetingStage'));
    await stage.getByRole('heading', { name: 'Explore' }).waitFor();
    await stage.waitForTimeout(300); // the live stream is open once the first poll answered
    await member.getByRole('textbox', { name: 'Your post-it' }).fill('Exit tickets in every lab');
    await member.getByRole('button', { name: 'Add post-it' }).click();
    const sent = Date.now();
    await stage.getByText('Exit tickets in every lab').waitFor({ timeout: 2000 });
    expect(Date.now() - sent).toBeLessThan(2000);
    await expect(stage.getByText(pieter.name).count()).resolves.toBe(0);
    await expect(member.getByRole('textbox', { name: 'Your post-it' }).inputValue()).resolves.toBe('');
    await expectNoHorizontalScroll(member, 'board');
    await expectKeyboardReachable(member, 'board');
    await shot(member, 'side-panel-during-board-en');
    await expectStageTextAtLeast24px('board');
    await shot(stage, 'stage-board-en');
  });

  it('lets the facilitator extend, go back and forth, and pin a view on everyone’s stage', async () => {
    const timer = trekker.getByRole('timer');
    const minutesLeft = async () => Number((await timer.textContent())?.split(':')[0]);
    expect(await minutesLeft()).toBeLessThan(25);
    await trekker.getByRole('button', { name: 'Extend this phase by 5 minutes' }).click();
    await trekker
      .getByRole('timer')
      .filter({ hasText: /^(29|30):/ })
      .waitFor();
    await trekker.getByRole('button', { name: 'Previous phase' }).click();
    await stage.getByRole('heading', { name: 'Check-in', level: 1 }).waitFor({ timeout: 2000 });
    await trekker.getByRole('button', { name: 'Next phase' }).click();
    await stage.getByRole('heading', { name: 'Explore', level: 1 }).waitFor({ timeout: 2000 });
    await expectNoHorizontalScroll(trekker, 'facilitator');
    await expectKeyboardReachable(trekker, 'facilitator');
    await shot(trekker, 'side-panel-during-facilitator-en');
    const shows = trekker.getByRole('combobox', { name: 'The shared screen shows' });
    await shows.selectOption({ label: 'Pinned: Topic list' });
    await stage.getByRole('heading', { name: 'Pinned: Topic list' }).waitFor({ timeout: 2000 });
    await stage.getByText('Formative feedback').waitFor();
    await expectStageTextAtLeast24px('topics');
    await shot(stage, 'stage-topics-en');
    await shows.selectOption({ label: 'Pinned: Driver' });
    await stage.getByText('Every first-year lab uses formative feedback every week').waitFor({ timeout: 2000 });
    await expectStageTextAtLeast24px('driver');
    await shot(stage, 'stage-driver-en');
    await shows.selectOption({ label: 'What fits the phase' });
    await stage.getByRole('heading', { name: 'Board', level: 2 }).waitFor({ timeout: 2000 });
  });

  it('opens the vote, takes dots in the side panel, and shows results on the stage only once revealed', async () => {
    await member.getByRole('textbox', { name: 'Your post-it' }).fill('Peer feedback on drafts');
    await member.getByRole('button', { name: 'Add post-it' }).click();
    await member.getByRole('status').getByText('Added', { exact: false }).waitFor();
    await trekker.getByRole('button', { name: 'Next phase' }).click();
    await stage.getByRole('heading', { name: 'Clusters', level: 2 }).waitFor({ timeout: 2000 });
    await stage.getByText('Peer feedback on drafts').waitFor();
    await expectStageTextAtLeast24px('clusters');
    await shot(stage, 'stage-clusters-en');
    await trekker.getByRole('button', { name: 'Open the vote' }).click();
    const dots = member.getByRole('spinbutton', { name: 'Dots for “Exit tickets in every lab”' });
    await dots.fill('1');
    await dots.press('Tab');
    await member.getByRole('button', { name: 'Save my dots' }).click();
    await member.getByRole('status').getByText('Your dots are saved.').waitFor();
    await expectNoHorizontalScroll(member, 'vote');
    await expectKeyboardReachable(member, 'vote');
    await shot(member, 'side-panel-during-vote-en');
    await stage.getByText('1 voted so far', { exact: false }).waitFor({ timeout: 2000 });
    await expect(stage.getByText('1 dot').count()).resolves.toBe(0);
    await trekker.getByRole('button', { name: 'Reveal the results' }).click();
    await stage.getByRole('heading', { name: 'Results', level: 2 }).waitFor({ timeout: 2000 });
    await stage
      .getByRole('listitem')
      .filter({ hasText: 'Exit tickets in every lab' })
      .getByText('1 dot', { exact: true })
      .waitFor();
    await expectStageTextAtLeast24px('results');
    await shot(stage, 'stage-results-en');
  });

  for (const theme of ['default', 'dark', 'contrast'] as const) {
    it(`passes axe in the ${theme} theme, side panel and stage, with screenshots in Dutch`, async () => {
      await trekker.goto(url(griet, 'sidePanel', `&theme=${theme}`));
      await trekker.getByRole('heading', { name: 'Condense' }).waitFor();
      await expectAccessible(trekker, `side panel (${theme})`);
      await stage.goto(url(lotte, 'meetingStage', `&theme=${theme}`));
      await stage.getByRole('heading', { name: 'Results', level: 2 }).waitFor();
      await expectAccessible(stage, `stage (${theme})`);
      const nl = (address: string) => address.replace('lang=en', 'lang=nl');
      await trekker.goto(nl(url(griet, 'sidePanel', `&theme=${theme}`)));
      await trekker.getByRole('heading', { name: 'Condenseren' }).waitFor();
      await expectAccessible(trekker, `side panel nl (${theme})`);
      await shot(trekker, `side-panel-during-facilitator-nl-${theme}`);
      await stage.goto(nl(url(lotte, 'meetingStage', `&theme=${theme}`)));
      await stage.getByRole('heading', { name: 'Resultaten', level: 2 }).waitFor();
      await shot(stage, `stage-results-nl-${theme}`);
    });
  }

  it('shows every stage view in Dutch when the facilitator pins it', async () => {
    await stage.goto(url(lotte, 'meetingStage').replace('lang=en', 'lang=nl'));
    await trekker.goto(url(griet, 'sidePanel').replace('lang=en', 'lang=nl'));
    const shows = trekker.getByRole('combobox', { name: 'Het gedeelde scherm toont' });
    for (const [view, file] of [
      ['Bord', 'board'],
      ['Clusters', 'clusters'],
      ['Onderwerpenlijst', 'topics'],
      ['Driver', 'driver'],
    ] as const) {
      await shows.selectOption({ label: `Vastgezet: ${view}` });
      await stage.getByRole('heading', { name: `Vastgezet: ${view}` }).waitFor({ timeout: 2000 });
      await expectStageTextAtLeast24px(`${view} (nl)`);
      await shot(stage, `stage-${file}-nl`);
    }
    await shows.selectOption({ label: 'Wat bij de fase past' });
  });

  it('lets the facilitator end the session from the side panel, then shows the report', async () => {
    await stage.goto(url(lotte, 'meetingStage'));
    await trekker.goto(url(griet, 'sidePanel'));
    for (const phase of ['Make', 'Retrospective']) {
      await trekker.getByRole('button', { name: 'Next phase' }).click();
      await trekker.getByRole('heading', { name: phase }).waitFor();
    }
    await trekker.getByRole('radio', { name: /halfway/ }).check();
    await trekker.getByRole('button', { name: 'Rate' }).click();
    await trekker.getByRole('status').getByText('Your rating is saved.', { exact: false }).waitFor();
    await expectNoHorizontalScroll(trekker, 'retrospective');
    await shot(trekker, 'side-panel-during-retrospective-en');
    await trekker.getByRole('button', { name: 'End session' }).click();
    // Ending also renders the report on this same server (2 shared cores), so the stage gets a little longer here.
    await stage.getByRole('heading', { name: 'No session is running.' }).waitFor({ timeout: 5000 });
    await h.connector.waitFor((calls) => JSON.stringify(calls).includes('Session 2 has ended'));
    await member.goto(url(pieter, 'sidePanel'));
    await member.getByRole('heading', { name: 'Session 2 has ended.' }).waitFor();
    await member.getByRole('img', { name: 'The one-page report of session 2' }).waitFor({ timeout: 20_000 });
    await expectNoHorizontalScroll(member, 'after');
    await shot(member, 'side-panel-after-en');
    await member.goto(url(pieter, 'sidePanel').replace('lang=en', 'lang=nl'));
    await member.getByRole('img', { name: /verslag van bijeenkomst 2/ }).waitFor({ timeout: 20_000 });
    await shot(member, 'side-panel-after-nl');
  });
  it('lets a facilitator link a meeting chat from its side panel, by keyboard, then opens the community', async () => {
    const chat = '19:meeting_e2e-not-linked@thread.v2';
    const address =
      `${h.url}/tab/index.html?view=channel&lang=en&as=${griet.id}&frameContext=sidePanel` +
      `&team=&channel=${encodeURIComponent(chat)}`;
    const panel = await open(PANEL, address);
    await panel.getByText('Not linked yet').waitFor();
    await panel.getByRole('heading', { name: 'Link this chat to a learning community' }).waitFor();
    await expectNoHorizontalScroll(panel, 'link');
    await expectKeyboardReachable(panel, 'link');
    await expectAccessible(panel, 'the side panel of a meeting chat not linked yet');
    await shot(panel, 'side-panel-link-en');
    const choice = panel.getByRole('radio').first();
    await choice.focus();
    await panel.keyboard.press('Space');
    await panel.getByRole('button', { name: 'Link' }).focus();
    await panel.keyboard.press('Enter');
    // Linked, the panel asks again and opens the community: its last session has ended.
    await panel.getByRole('heading', { name: /^Session \d+ has ended\.$/ }).waitFor();
    await shot(panel, 'side-panel-linked-en');
    await expect(panel.getByText('Not linked yet').count()).resolves.toBe(0);
    await panel.close();
  });
});
