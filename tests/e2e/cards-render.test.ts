/**
 * Every card the bot can send (tests/fakes/sample-cards.ts), rendered in Chromium by the official
 * Adaptive Cards renderer (the `adaptivecards` browser bundle, as the Agents Playground and Teams' web
 * client use it) with a host config resembling Teams' light theme, in a 500 px wide message. For each
 * card, in Dutch and English: it renders, shows text, raises no parse/validation error or page
 * warning, and nothing sticks out of the card or is clipped sideways. Screenshots go to
 * tests/artifacts/cards/<lang>-<card>.png and dark-<lang>-<card>.png (Teams' dark theme) for a human to look at.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type * as AdaptiveCards from 'adaptivecards';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AdaptiveCard } from '../../bot/cards/card-kit';
import { sampleCards } from '../fakes/sample-cards';
import { CHROMIUM, CHROMIUM_ARGS, NON_LOCAL_URL, ROOT } from './local-stack';
import { teamsCss, teamsHostConfig, type Theme } from './teams-host-config';

jest.setTimeout(60_000);

const OUT = path.join(ROOT, 'tests', 'artifacts', 'cards');
const BUNDLE = path.join(ROOT, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js');
const WIDTH = 500; // a card in a Teams channel on a laptop is about this wide
const LANGS = ['nl', 'en'] as const;
const THEMES = ['light', 'dark'] as const;
/** Light shots keep their old names; dark ones start with `dark-`. */
const fileOf = (theme: Theme, lang: string, name: string) => `${theme === 'dark' ? 'dark-' : ''}${lang}-${slug(name)}`;

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Teams renders a subset of markdown in TextBlocks and FactSets; the renderer leaves that to the host
 * (and warns once when it has none). A small stand-in for the parts that change how text looks:
 * bold, italic and links, with HTML escaped first.
 */
const MARKDOWN = `AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  result.outputHtml = escaped
    .replace(/\\*\\*(.+?)\\*\\*/g, '<strong>$1</strong>')
    .replace(/(^|\\W)[*_](\\S(?:.*?\\S)?)[*_](?=\\W|$)/g, '$1<em>$2</em>')
    .replace(/\\[([^\\]]+)\\]\\((https?:[^)\\s]+)\\)/g, '<a href="$2">$1</a>')
    .replace(/\\n/g, '<br>');
  result.didProcess = true;
};`;

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Leerkring cards</title>
<style>
  body { margin: 0; }
  .stage { display: inline-block; padding: 12px; }
  .frame { width: ${WIDTH}px; overflow: visible; }
  ${teamsCss('light')}
  ${teamsCss('dark')}
</style>
<script src="/adaptivecards.min.js"></script>
<script>${MARKDOWN}</script>
</head><body></body></html>`;

let server: http.Server;
let baseUrl: string;
let browser: Browser | undefined;
let page: Page;
/** Console errors/warnings and uncaught exceptions of the page since the last card. */
const pageProblems: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: sudo apt-get update && sudo apt-get install -y chromium`);
  if (!fs.existsSync(BUNDLE)) throw new Error(`the adaptivecards browser bundle is missing: ${BUNDLE}`);
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });

  server = http.createServer((req, res) => {
    if (req.url === '/') {
      // Not chained: restify (loaded in this process by the tab's browser test) patches writeHead to return nothing.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (req.url === '/adaptivecards.min.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(fs.readFileSync(BUNDLE));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: WIDTH + 100, height: 800 }, deviceScaleFactor: 2 });
  await context.route(NON_LOCAL_URL, (route) => route.abort());
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') pageProblems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => pageProblems.push(`page error: ${e.message}`));
  await page.goto(baseUrl);
  await page.waitForFunction(() => 'AdaptiveCards' in window);
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await new Promise((resolve) => server?.close(resolve));
});

interface Rendered {
  /** Parse events (against Adaptive Cards 1.5) and validation events of the renderer. */
  events: string[];
  cards: number;
  text: string;
  /** Elements that stick out of the card or clip their content sideways. */
  overflow: string[];
}

/** Renders `card` into a new 500 px message on the page, with the Teams host config of `theme`. */
async function render(id: string, card: AdaptiveCard, theme: Theme): Promise<Rendered> {
  pageProblems.length = 0;
  return page.evaluate(
    ({ id, card, theme, hostConfig }) => {
      // The browser bundle's global, with the types of the npm package.
      const AC = (window as unknown as { AdaptiveCards: typeof AdaptiveCards }).AdaptiveCards;
      const adaptiveCard = new AC.AdaptiveCard();
      adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
      const context = new AC.SerializationContext(AC.Versions.v1_5);
      adaptiveCard.parse(card, context);
      const events: string[] = [];
      for (let i = 0; i < context.eventCount; i++) events.push(`parse: ${context.getEventAt(i).message}`);
      for (const e of adaptiveCard.validateProperties().validationEvents) events.push(`validation: ${e.message}`);

      const stage = document.createElement('div');
      stage.id = id;
      stage.className = `stage theme-${theme}`;
      const frame = document.createElement('div');
      frame.className = 'frame';
      stage.appendChild(frame);
      document.body.appendChild(stage);
      const element = adaptiveCard.render();
      if (element) frame.appendChild(element);

      const overflow: string[] = [];
      const root = frame.querySelector<HTMLElement>('.ac-adaptiveCard');
      if (root) {
        const describe = (el: Element) =>
          `<${el.tagName.toLowerCase()} class="${el.className}"> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
        const box = frame.getBoundingClientRect();
        if (root.getBoundingClientRect().width > box.width + 0.5)
          overflow.push(`the card is ${root.getBoundingClientRect().width} px wide in a ${box.width} px message`);
        for (const el of [root, ...Array.from(root.querySelectorAll<HTMLElement>('*'))]) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (r.left < box.left - 0.5 || r.right > box.right + 0.5) {
            const span = `${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)}`;
            overflow.push(`${describe(el)} sticks out (${span} of ${box.width} px)`);
          }
          const clipsSideways = el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible';
          if (clipsSideways && !['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))
            overflow.push(`${describe(el)} clips its content (${el.scrollWidth} > ${el.clientWidth} px)`);
        }
      }
      return {
        events,
        cards: frame.querySelectorAll('.ac-adaptiveCard').length,
        text: root?.innerText ?? '',
        overflow,
      };
    },
    { id, card, theme, hostConfig: teamsHostConfig(theme) },
  );
}

async function renderAndCheck(file: string, card: AdaptiveCard, theme: Theme): Promise<void> {
  const id = `card-${file}`;
  const result = await render(id, card, theme);
  expect(result.cards).toBe(1);
  expect(result.events).toEqual([]);
  expect(result.text.trim()).not.toBe('');
  await expect(page.locator(`#${id} .ac-adaptiveCard`).isVisible()).resolves.toBe(true);
  expect(result.overflow).toEqual([]);
  expect(pageProblems).toEqual([]);
  await page.locator(`#${id}`).screenshot({ path: path.join(OUT, `${file}.png`), animations: 'disabled' });
}

describe.each(THEMES.flatMap((theme) => LANGS.map((lang) => [lang, theme] as const)))(
  "in %s, in Teams' %s theme",
  (lang, theme) => {
    it.each(sampleCards(lang))('%s renders without errors or overflow', async (name, card) => {
      await renderAndCheck(fileOf(theme, lang, name), card, theme);
    });
  },
);

test('a screenshot was saved for every sample card', () => {
  const expected = THEMES.flatMap((theme) =>
    LANGS.flatMap((lang) => sampleCards(lang).map(([name]) => `${fileOf(theme, lang, name)}.png`)),
  );
  const saved = fs.readdirSync(OUT);
  expect(saved).toEqual(expect.arrayContaining(expected));
  expect(new Set(expected).size).toBe(expected.length); // no two samples share a file name
});
