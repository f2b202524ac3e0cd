/**
 * The personal Overview tab in local mode, in Debian's Chromium: the real server serving the built tab, a community
 * that held a session and planned the next; axe in both languages and themes, screenshots, sorting and printing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Harness } from '../integration/harness';
import { CHROMIUM, CHROMIUM_ARGS, NON_LOCAL_URL, ROOT } from './local-stack';
import { expectAccessible, sayIn, seedStartSession, startSampleServer } from './sample-community';

const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts', 'overview');

let h: Harness;
let browser: Browser;
let page: Page;
const say = sayIn(() => h);

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  h = await startSampleServer('overview-e2e');
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  page.setDefaultTimeout(10_000);
  await page.route(NON_LOCAL_URL, (route) => route.abort());
  await say('/start-session start');
  await seedStartSession(h);
  await say('/end-session');
  await say('/plan 15/6/2027 15:00-16:30 closing B.204');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

jest.setTimeout(60_000);

const open = async (lang: 'nl' | 'en', theme: 'default' | 'dark') => {
  await page.goto(`${h.url}/tab/index.html?view=overview&lang=${lang}&as=user-id-0&theme=${theme}`);
  await page.getByRole('table').waitFor();
};

describe('the Overview tab', () => {
  for (const lang of ['nl', 'en'] as const)
    for (const theme of ['default', 'dark'] as const)
      it(`shows the community in ${lang}, ${theme} theme, and passes axe`, async () => {
        await open(lang, theme);
        const heading = lang === 'nl' ? 'Overzicht' : 'Overview';
        await page.getByRole('heading', { name: heading }).waitFor();
        const table = await page.getByRole('table').innerText();
        expect(table).toContain(lang === 'nl' ? '1 bijeenkomst gehouden' : '1 session held');
        expect(table).toContain(lang === 'nl' ? 'Laatste verslag' : 'Latest report');
        expect(table).toMatch(lang === 'nl' ? /Volgende: .*15 jun/ : /Next: .*15 Jun/);
        await page.screenshot({ path: path.join(ARTIFACTS, `overview-${lang}-${theme}.png`), fullPage: true });
        await expectAccessible(page, `Overview (${lang}, ${theme})`);
      });

  it('sorts on a column and offers printing, which leaves only the table', async () => {
    await open('en', 'default');
    const header = page.getByRole('columnheader', { name: 'Actions' });
    await header.click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    await header.click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.getByRole('button', { name: 'Print / save as PDF' }).click();
    await expect(page.evaluate(() => (window as unknown as { printed: number }).printed)).resolves.toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print / save as PDF' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('table').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'overview-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });
});
