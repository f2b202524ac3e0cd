/**
 * The tab in local mode, in Debian's Chromium: the real server (the integration harness, local mode,
 * a fake Bot Connector) serving the built tab, with the Playground's sample people as local identities.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHANNEL, TEAM } from '../fakes/activities';
import type { Harness } from '../integration/harness';
import { putUpInTurn } from '../helpers/post-its';
import { addAction } from '../../domain/activities/actions/actions-use-cases';
import { submitCheckIn } from '../../domain/activities/check-in/submit-check-in';
import { setArchived } from '../../domain/data/archive';
import { CHROMIUM, CHROMIUM_ARGS, NON_LOCAL_URL, ROOT } from './local-stack';
import {
  expectAccessible,
  griet,
  lotte,
  person,
  pieter,
  seedStartSession,
  sampleTabUrl,
  sayIn,
  startSampleServer,
} from './sample-community';

const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts', 'tab');

let h: Harness;
let browser: Browser;
let page: Page;

const say = sayIn(() => h);
const tabUrl = (as: string, extra = '') => sampleTabUrl(h, as, extra);

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  h = await startSampleServer('tab-e2e');
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  page.setDefaultTimeout(10_000);
  await page.route(NON_LOCAL_URL, (route) => route.abort());
  await say('/start-session start'); // Griet founds the community; the roster makes Pieter and Lotte members
  await seedStartSession(h);
  await say('/end-session');
  await say('/plan 15/6/2027 15:00-16:30 closing B.204');
  await say('/start-session regular'); // session 2, a regular one, runs from here on
}, 60_000);

jest.setTimeout(60_000);

/** The regular session's brainstorm and an action, so the condense phase and the history have something to show. */
async function seedRegularSession() {
  const deps = h.app.deps;
  const community = (await deps.store.communities.findByChannel({ teamId: TEAM.id, channelId: CHANNEL.id }))!.value;
  const sessionId = (await deps.store.sessions.latest(community.id))!.value.id;
  const ideas = [
    'Short quiz at the start of each lab',
    'Exit tickets',
    'Feedback on drafts in pairs',
    'Buy a new projector',
  ];
  await putUpInTurn(deps, { sessionId, phaseIndex: 1 }, [lotte, pieter].map(person), ideas, 'r');
  await addAction(deps, {
    sessionId,
    phaseIndex: 3,
    actor: person(griet),
    raw: { what: 'Try exit tickets in two lab groups', owner: griet.id, due: inTwoWeeks() },
    token: 'x1',
  });
}

/** The tests run on the real clock, and a due date in the past is refused. */
const inTwoWeeks = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

async function openView(name: string, extra = '') {
  await page.goto(tabUrl('user-id-0', extra));
  await page.getByRole('tab', { name }).click();
}

describe('the tab in local mode', () => {
  it('shows the local identity plainly and lets one person switch between sample members', async () => {
    await page.goto(tabUrl('user-id-1'));
    // Waits for the first render: isVisible() alone would not wait, and raced the app's start.
    await page.getByText('Local mode').waitFor();
    await page.getByText('member', { exact: false }).first().waitFor();
    await page.getByRole('combobox', { name: 'Playing' }).selectOption('user-id-0');
    await page.getByText('PLG Anatomie & Fysiologie · facilitator').waitFor();
  });

  it('keeps an edited driver after a reload, with who changed it', async () => {
    await openView('Driver');
    const goal = page.getByRole('textbox', { name: /End goal/ });
    await goal.fill('Every first-year course uses formative feedback <b>weekly</b>');
    await page.getByRole('button', { name: 'Add a step' }).click();
    await page.getByRole('textbox', { name: 'Step 1' }).fill('Pilot in two courses');
    await page.getByRole('button', { name: 'Save driver' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.reload();
    await page.getByText(/Last changed by Griet Van Damme/).waitFor();
    await page
      .getByText(/^Changed by Griet Van Damme/)
      .first()
      .waitFor();
    await expect(page.getByRole('textbox', { name: /End goal/ }).inputValue()).resolves.toBe(
      'Every first-year course uses formative feedback <b>weekly</b>',
    );
    await expect(page.getByRole('textbox', { name: 'Step 1' }).inputValue()).resolves.toBe('Pilot in two courses');
  });

  // Session 2's check-in asks for a colour (the form rotates).
  it("shows the facilitator every member's check-in with names, and a member none of them", async () => {
    const deps = h.app.deps;
    const community = (await deps.store.communities.findByChannel({ teamId: TEAM.id, channelId: CHANNEL.id }))!.value;
    const sessionId = (await deps.store.sessions.latest(community.id))!.value.id;
    const answers = [
      [pieter, { colour: 'blue', sinceLastTime: 'Tried the rubric in 5B', obstacles: 'Too little time to mark' }],
      [lotte, { colour: 'green', sinceLastTime: '', obstacles: '' }],
    ] as const;
    for (const [u, raw] of answers)
      expect(await submitCheckIn(deps, { sessionId, actor: person(u), raw })).toMatchObject({ ok: true });
    await openView('Agenda');
    const panel = page.getByRole('region', { name: 'Check-ins of the members (only facilitators see this)' });
    await panel.getByText('Too little time to mark').waitFor();
    await panel.getByRole('list', { name: 'Mood of the group' }).getByText('🔵 Blue × 1').waitFor();
    await settled();
    await panel.screenshot({ path: path.join(ARTIFACTS, 'check-ins-facilitator.png') });
    await expectAccessible(page, 'Check-ins (facilitator)');
    const member = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await member.goto(tabUrl('user-id-1'));
    await member.getByRole('tab', { name: 'Agenda' }).click();
    await member.getByText('Check-ins: 2').waitFor();
    await expect(member.getByText('Too little time to mark').count()).resolves.toBe(0);
    await expect(member.getByRole('region', { name: /Check-ins of the members/ }).count()).resolves.toBe(0);
    await member.close();
  });

  it('moves the agenda within 2 seconds when the facilitator types /next in the channel', async () => {
    await openView('Agenda');
    await page.locator('li[aria-current="step"]').filter({ hasText: 'Check-in' }).waitFor();
    await page.waitForTimeout(300); // the live stream is open once the first poll answered
    await say('/next');
    await page.locator('li[aria-current="step"]').filter({ hasText: 'Explore' }).waitFor({ timeout: 2000 });
  });

  it(
    'lets the facilitator steer from the tab through the same use case, ' + 'and posts the phase card in the channel',
    async () => {
      await openView('Agenda');
      const before = h.connector.sent().length;
      await page.getByRole('button', { name: 'Next phase' }).click();
      await page.locator('li[aria-current="step"]').filter({ hasText: 'Condense' }).waitFor();
      await h.connector.waitFor((calls) => calls.filter((c) => c.kind !== 'update').length > before);
      await page.getByRole('button', { name: 'Previous phase' }).click();
      await page.locator('li[aria-current="step"]').filter({ hasText: 'Explore' }).waitFor();
    },
  );

  it('lists the planned closing session with when its impact questionnaire goes out', async () => {
    await openView('Community');
    const closing = page.getByRole('listitem').filter({ hasText: 'closing session · B.204' });
    await closing.getByText('Tue, 15 Jun 2027, 15:00–16:30').waitFor();
    await closing.getByText('Impact survey: goes out to the members on 8 Jun 2027, 15:00.').waitFor();
  });

  it('lets the facilitator cluster post-its with the keyboard and drop one, for everyone to see', async () => {
    await seedRegularSession();
    await openView('Agenda');
    await page.getByRole('button', { name: 'Next phase' }).click();
    await page.locator('li[aria-current="step"]').filter({ hasText: 'Condense' }).waitFor();
    await page.getByRole('textbox', { name: 'New cluster name' }).fill('Formative checks');
    await page.keyboard.press('Enter');
    const pick = page.getByRole('combobox', { name: 'Cluster for “Exit tickets”' });
    await pick.focus();
    await pick.selectOption('Formative checks');
    await page
      .getByRole('combobox', { name: 'Cluster for “Short quiz at the start of each lab”' })
      .selectOption('Formative checks');
    await page
      .locator('div', { hasText: /^Buy a new projector/ })
      .getByRole('button', { name: 'Drop' })
      .click();
    await page.getByText('Dropped (1)').waitFor();
    const member = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await member.goto(tabUrl('user-id-1'));
    await member.getByRole('tab', { name: 'Agenda' }).click();
    await member.getByRole('heading', { name: 'Formative checks' }).waitFor();
    await expect(member.getByRole('button', { name: 'Next phase' }).count()).resolves.toBe(0);
    await member.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe on every view in the ${theme} theme, with screenshots`, async () => {
      const extra = theme === 'dark' ? '&theme=dark' : '&theme=default';
      for (const view of ['Driver', 'Agenda', 'Topics', 'History', 'Community']) {
        await openView(view, extra);
        await settled();
        await page.screenshot({ path: path.join(ARTIFACTS, `${view.toLowerCase()}-${theme}.png`), fullPage: true });
        await expectAccessible(page, `${view} (${theme})`);
      }
      await page.goto(`${h.url}/tab/index.html?view=my-actions&lang=en&as=user-id-0${extra}`);
      await settled();
      await page.screenshot({ path: path.join(ARTIFACTS, `my-actions-${theme}.png`), fullPage: true });
      await expectAccessible(page, `My actions (${theme})`);
    });
  }

  it('lets a member tick off an action in My actions, reopen it and move its date, but not into the past', async () => {
    const what = 'Try exit tickets in two lab groups';
    await page.goto(`${h.url}/tab/index.html?view=my-actions&lang=en&as=user-id-0`);
    await settled();
    const main = page.locator('main');
    await main.getByRole('heading', { name: TEAM.name }).waitFor();
    // Her own actions: her name is not repeated on every one.
    await expect(main.getByText(griet.name).count()).resolves.toBe(0);
    const date = main.getByLabel('By when?');
    await date.fill('2020-01-06');
    await main.getByRole('button', { name: 'Move the date' }).click();
    await main.getByText(/The date under “By when\?” \(.*\) is already past/).waitFor();
    await expectAccessible(page, 'My actions with a refused date');
    const later = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
    await date.fill(later);
    await main.getByRole('button', { name: 'Move the date' }).click();
    await main
      .getByRole('status')
      .filter({ hasText: `Saved: “${what}”.` })
      .waitFor();
    await main.getByRole('button', { name: `Done: ${what}` }).click();
    await main.getByRole('button', { name: `Reopen: ${what}` }).waitFor();
    await expectAccessible(page, 'My actions with an action done');
    // Locally nobody signs in to Teams, so To Do says what it needs instead of failing silently.
    await main.getByRole('button', { name: `Send to To Do: ${what}` }).click();
    await main.getByText('Sending to Microsoft To Do needs your Teams sign-in', { exact: false }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'my-actions-todo-local.png'), fullPage: true });
    const stored = async () => {
      const community = await h.app.deps.store.communities.findByChannel({ teamId: TEAM.id, channelId: CHANNEL.id });
      const all = await h.app.deps.store.contributions.listInCommunity<{ what: string; status: string; due: string }>(
        community!.value.id,
        'action',
      );
      return all.find((a) => a.data.what === what)!.data;
    };
    await expect(stored()).resolves.toMatchObject({ status: 'done', due: later });
    await main.getByRole('button', { name: `Reopen: ${what}` }).click();
    await main.getByRole('button', { name: `Done: ${what}` }).waitFor();
    await expect(stored()).resolves.toMatchObject({ status: 'open' });
  });

  // Last: archiving makes every later edit fail.
  it('says plainly that an archived community is read-only', async () => {
    await say('/end-session');
    const archived = await setArchived(h.app.deps, {
      channel: { teamId: TEAM.id, channelId: CHANNEL.id },
      actorId: griet.id,
      archived: true,
    });
    expect(archived.ok).toBe(true);
    await openView('Community');
    await settled();
    await page.getByText('Archived · read-only').waitFor();
    // An archived community sends nothing ahead.
    await expect(page.getByText(/^Impact survey:/).count()).resolves.toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'archived.png') });
    await expectAccessible(page, 'archived');
  });
});

/** The view's data is in (the live stream keeps one request open, so "network idle" never comes). */
async function settled() {
  await page.locator('main h2').first().waitFor();
  await page.getByText('Loading…').first().waitFor({ state: 'detached' });
}
