/**
 * End to end, a whole regular session in the Microsoft 365 Agents Playground (a Teams-like client with a
 * mock Bot Connector), driven by Playwright in Debian's Chromium, against the real server: start,
 * check-in, brainstorm three ideas, dot-vote, reveal, add an action, retrospective, end.
 *
 * Two members take part. The Playground's UI always acts as its current user, Griet Van Damme (the
 * facilitator). Pieter Claes (user-id-1 in .m365agentsplayground.yml) answers through the Playground's
 * own `POST /_internal/v1/customActivities`: it forwards an `adaptiveCard/action` invoke, built exactly
 * like the one the Playground builds for a click (its InvokeActivityGenerator) but `from` Pieter, to the
 * bot. Pieter's button data comes from the card as the Playground received it (its WebSocket), so he
 * clicks the same card everyone sees. The invoke's answer (Pieter's own view) goes nowhere, as it would
 * go only to Pieter's client; what he did shows in the shared cards, in the results, and in the store.
 *
 * Each step is checked in the browser and, where useful, in the server's SQLite file. Screenshots go to
 * tests/artifacts/session-*.png. Needs /usr/bin/chromium (`npm run test:e2e` says how to install it).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import en from '../../i18n/en.json';
import enDialog from '../../i18n/en/dialog.json';
import { CHROMIUM, ROOT, makeWorkDir, startStack, type Stack, UpdateGate, openPlaygroundBrowser } from './local-stack';
import { clickDialogButton, dialogButtons } from './playground-dialog';

jest.setTimeout(240_000);

const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');
const GRIET = { id: 'user-id-0', name: 'Griet Van Damme' }; // currentUser in .m365agentsplayground.yml
const CHANNEL = /Bijeenkomsten/; // the treeitem reads "PLG Anatomie & Fysiologie - Bijeenkomsten"
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/{{(\w+)}}/g, (_, k: string) => String(values[k]));
/** i18next plurals: `key_one` / `key_other`. */
const plural = (forms: object, key: string, count: number, values: Record<string, string | number> = {}) =>
  fill(String((forms as Record<string, unknown>)[`${key}_${count === 1 ? 'one' : 'other'}`]), { count, ...values });

const IDEAS = {
  exams: 'More practice exams before the test week',
  cases: 'Clinical cases in every lab',
  clips: 'Short knowledge clips per chapter',
};
const ACTION_WHAT = 'Write a practice exam for chapter 3';
const RETRO_WENT_WELL = 'Everyone came with an idea ready';
const RETRO_TO_IMPROVE = 'Start on time';

let workDir: string;
let stack: Stack | undefined;
let context: BrowserContext | undefined;
let page: Page | undefined;
let passed = false;
const timings: Record<string, number> = {};
const t0 = Date.now();
const mark = (what: string) => {
  timings[what] = Date.now() - t0;
};

interface PlaygroundUser {
  id: string;
  name: string;
  aadObjectId?: string;
}
let pieter: PlaygroundUser;
/** The Playground's mock data (GET /_internal/v1/config), from .m365agentsplayground.yml. */
interface PlaygroundConfig {
  tenantId: string;
  users: PlaygroundUser[];
  teams: { id: string; channels: { id: string; name: string }[] }[];
}
let playgroundConfig: PlaygroundConfig;

/** What the Playground's UI received over its WebSocket: the bot's cards, by message id, newest content. */
interface SeenCard {
  messageId: string;
  conversationId: string;
  content: Record<string, unknown>;
}
const cards = new Map<string, SeenCard>();
const updates: string[] = [];

const gate = new UpdateGate();
const buttons = dialogButtons();
const { dialog } = enDialog;

function record(message: string) {
  let parsed: {
    action?: string;
    actionConversationId?: string;
    message?: { messageId?: string; attachments?: { contentType?: string; content?: Record<string, unknown> }[] };
  };
  try {
    parsed = JSON.parse(message) as typeof parsed;
  } catch {
    return;
  }
  const id = parsed.message?.messageId;
  const content = parsed.message?.attachments?.find(
    (a) => a.contentType === 'application/vnd.microsoft.card.adaptive',
  )?.content;
  if (!id || !content) return;
  const known = cards.get(id);
  cards.set(id, { messageId: id, conversationId: known?.conversationId ?? parsed.actionConversationId ?? '', content });
  if (parsed.action === 'updateMessage') updates.push(id);
}

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of fs.readdirSync(ARTIFACTS)) if (/^session-.*\.png$/.test(f)) fs.rmSync(path.join(ARTIFACTS, f));
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: sudo apt-get update && sudo apt-get install -y chromium`);
  workDir = makeWorkDir('leerkring-e2e-session-');
  stack = await startStack(workDir);
  mark('server + playground up');

  playgroundConfig = (
    (await (await fetch(`${stack.playgroundUrl}/_internal/v1/config`)).json()) as { config: PlaygroundConfig }
  ).config;
  const found = playgroundConfig.users.find((u) => u.id === 'user-id-1');
  if (!found)
    throw new Error(`user-id-1 is not among the Playground's users: ${JSON.stringify(playgroundConfig.users)}`);
  pieter = { id: found.id, name: found.name, aadObjectId: found.aadObjectId };

  ({ context, page } = await openPlaygroundBrowser(workDir, gate, (m) => {
    record(m);
    buttons.record(m);
  }));
  mark('chromium launched');
});

afterAll(async () => {
  if (!passed) {
    if (page)
      await page
        .screenshot({ path: path.join(ARTIFACTS, 'session-failure.png'), fullPage: true })
        .catch(() => undefined);
    if (stack)
      process.stderr.write(
        `\nThe session e2e test failed. Logs of the local stack (also in ${workDir}):\n` +
          `${stack.logs()}\n${describeCards()}\n`,
      );
  }
  await context?.close().catch(() => undefined);
  await stack?.stop();
  process.stderr.write(`e2e session timings (ms since start): ${JSON.stringify(timings)}\n`);
  if (passed && workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

// ---------------------------------------------------------------- helpers

/** The cards the Playground's UI received, oldest first, with their first line: for a failed test. */
function describeCards(): string {
  const lines = [...cards.values()].map((c) => {
    const first = /"text":"([^"]*)"/.exec(JSON.stringify(c.content))?.[1] ?? '?';
    const updated = updates.filter((id) => id === c.messageId).length;
    return `${c.messageId} in ${c.conversationId}: ${first}${updated ? ` (updated ${updated}×)` : ''}`;
  });
  const held = gate.holding ? `(${gate.held.length} shared-card updates still held back)\n` : '';
  return `----- cards the Playground received -----\n${lines.join('\n') || '(none)'}\n${held}`;
}

/** Waits until `done()` holds; fails with `what` after `timeoutMs`. */
async function until(done: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > end) throw new Error(`timeout after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const cardLocator = (text: string | RegExp): Locator =>
  page!.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
const shot = (name: string, target?: Locator) =>
  target
    ? target.screenshot({ path: path.join(ARTIFACTS, `session-${name}.png`) })
    : page!.screenshot({ path: path.join(ARTIFACTS, `session-${name}.png`) });

/** Griet @mentions Leerkring in the channel with a command, as a new post. */
async function command(text: string): Promise<void> {
  const p = page!;
  const composer = p.locator('[data-lexical-editor="true"]').first();
  await composer.click();
  await p.keyboard.type('@Leer');
  await p.getByRole('menuitem', { name: 'Leerkring' }).click();
  await p.keyboard.type(` ${text}`);
  await p.getByRole('button', { name: 'Post', exact: true }).click();
}

/**
 * Griet clicks a button on a card. Shared-card updates are held back until her own view (the card the
 * invoke returned, recognised by `own`) is visible and checked; then they are let through and, when
 * `shared` is given, we wait until the shared card (without the `own` text) has replaced it.
 */
async function click(
  on: Locator,
  button: string,
  expectations: { own: string; check?: (own: Locator) => Promise<void>; shot?: string; shared?: string },
): Promise<Locator> {
  gate.hold();
  const invoke = page!.waitForResponse(
    (r) => r.url().includes('/_conversation/v1/invoke') && r.request().method() === 'POST',
    { timeout: 20_000 },
  );
  await on.getByRole('button', { name: button, exact: true }).click();
  const answer = await invoke;
  expect(answer.status()).toBe(200);
  const own = cardLocator(expectations.own);
  await own.waitFor();
  await expectations.check?.(own);
  if (expectations.shot) await shot(expectations.shot, own);
  if (expectations.shared === undefined) {
    gate.release();
    return own;
  }
  await until(() => gate.held.length > 0, 'the shared card update');
  gate.release();
  await page!
    .locator('.ac-adaptiveCard')
    .filter({ hasText: expectations.own })
    .waitFor({ state: 'detached', timeout: 15_000 });
  const shared = cardLocator(expectations.shared);
  await shared.waitFor();
  return shared;
}

/**
 * Griet clicks a card's dialog button (sent as the click's message, see playground-dialog.ts), fills the form the
 * bot posts, and sends it: the form is replaced in place by the dialog's closing line.
 */
async function viaForm(
  verb: string,
  steps: { title: string; fill: (form: Locator) => Promise<void>; send: string; done: string; shot?: string },
): Promise<void> {
  await clickDialogButton(stack!.playgroundUrl, buttons.find(verb));
  const form = cardLocator(steps.title);
  await form.getByRole('button', { name: steps.send, exact: true }).waitFor();
  await steps.fill(form);
  if (steps.shot) await shot(steps.shot, form);
  await form.getByRole('button', { name: steps.send, exact: true }).click();
  const done = cardLocator(steps.done);
  await done.waitFor();
  expect(await done.getByRole('textbox').count()).toBe(0);
}

/**
 * Picks an option in a compact Input.ChoiceSet. The Playground renders it as a Fluent UI combobox
 * (an input with a listbox in a popover), not a native select.
 */
async function choose(combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await page!.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
  await until(async () => (await combobox.inputValue()) === option, `“${option}” chosen`);
}

/**
 * The dots dropdown of one idea on the vote card: it has no label of its own (its accessible name is
 * its value), so it is found through its row, the element holding this idea's text but no other's.
 */
function dotsFor(card: Locator, idea: string): Locator {
  let row = card
    .locator('div')
    .filter({ hasText: idea })
    .filter({ has: page!.getByRole('combobox') });
  for (const other of Object.values(IDEAS)) if (other !== idea) row = row.filter({ hasNotText: other });
  return row.getByRole('combobox');
}

/** The newest card the Playground received whose text contains `title`. */
function seenCard(title: string): SeenCard {
  const hits = [...cards.values()].filter((c) =>
    JSON.stringify(c.content).includes(JSON.stringify(title).slice(1, -1)),
  );
  const hit = hits.at(-1);
  if (!hit) throw new Error(`the Playground received no card with “${title}”`);
  return hit;
}

/** Every Action.Execute on a card, also those inside ActionSets; a dialog's button under the verb its dialog sends. */
function executeActions(card: unknown): { verb: string; data: Record<string, unknown>; title: string }[] {
  const found: { verb: string; data: Record<string, unknown>; title: string }[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    const data = (o.data ?? {}) as Record<string, unknown>;
    if (o.type === 'Action.Execute') found.push({ verb: String(o.verb), data, title: String(o.title) });
    if (o.type === 'Action.Submit' && typeof data.dialog === 'string')
      found.push({ verb: data.dialog, data, title: String(o.title) });
    Object.values(o).forEach(walk);
  };
  walk(card);
  return found;
}

/**
 * Pieter clicks `verb` on the card titled `title`, with these inputs, through the Playground's
 * customActivities endpoint. The activity is the one the Playground builds for a click of its current
 * user (InvokeActivityGenerator.generateInvokeActivity in its bundle), with `from` set to Pieter.
 */
async function asPieter(
  title: string,
  verb: string,
  inputs: Record<string, unknown>,
  who: PlaygroundUser = pieter,
  dataOf = verb,
): Promise<void> {
  const card = seenCard(title);
  const action = executeActions(card.content).find((a) => a.verb === dataOf);
  if (!action) throw new Error(`the card “${title}” has no ${dataOf} button`);
  const pg = stack!.playgroundUrl;
  const templateResponse = await fetch(
    `${pg}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(card.conversationId)}`,
  );
  expect(templateResponse.status).toBe(200);
  // The template: id, timestamp, serviceUrl (the Playground's connector), recipient (the bot) and the
  // conversation of the card's thread, as the Playground fills them in for its current user.
  const template = (await templateResponse.json()) as Record<string, unknown> & {
    conversation: { id: string; conversationType?: string };
  };
  expect(template.conversation.conversationType).toBe('channel');
  const channelId = template.conversation.id.split(';')[0]!;
  const team = playgroundConfig.teams.find((t) => t.channels.some((c) => c.id === channelId));
  if (!team) throw new Error(`no team in the Playground's config has the channel ${channelId}`);
  const activity = {
    ...template,
    type: 'invoke',
    name: 'adaptiveCard/action',
    from: { id: who.id, name: who.name, aadObjectId: who.aadObjectId },
    localTimestamp: template.timestamp,
    channelData: {
      source: { name: 'message' },
      tenant: { id: playgroundConfig.tenantId },
      team: { id: team.id },
      channel: { id: channelId },
    },
    replyToId: card.messageId,
    value: { action: { type: 'Action.Execute', verb, data: { ...action.data, ...inputs } }, trigger: 'manual' },
    entities: [{ type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web' }],
    locale: 'en-US',
  };
  const response = await fetch(`${pg}/_internal/v1/customActivities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  expect(response.status).toBe(200);
}

function db<T>(read: (d: Database.Database) => T): T {
  const d = new Database(path.join(stack!.dataDir, 'leerkring.db'), { readonly: true, fileMustExist: true });
  try {
    return read(d);
  } finally {
    d.close();
  }
}
const rows = (sql: string, ...params: unknown[]) =>
  db((d) => d.prepare(sql).all(...params) as { user_id?: string; data: string; kind?: string }[]);
interface Contribution<T> {
  authorId: string;
  phaseIndex: number;
  data: T;
}
/** The contributions of one kind (post-its, ballots, actions) in the store, oldest first. */
const contributions = <T>(kind: string) =>
  rows('SELECT data FROM contributions WHERE kind = ?', kind)
    .map((r) => JSON.parse(r.data) as Contribution<T> & { createdAt: string })
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
async function waitForRows(sql: string, count: number, what: string, ...params: unknown[]) {
  await until(() => rows(sql, ...params).length >= count, what);
  return rows(sql, ...params);
}

// ---------------------------------------------------------------- the session

test('a whole regular session in the channel, with the facilitator in the UI and a second member', async () => {
  const p = page!;
  await p.goto(stack!.playgroundUrl);
  await p.locator('[data-lexical-editor="true"]').first().waitFor();
  await p.getByRole('treeitem', { name: CHANNEL }).click();
  mark('playground UI ready');

  // 1. Start: Griet becomes the facilitator; the check-in card is posted.
  await command('/start-session');
  await cardLocator(fill(en.session.started, { number: 1 })).waitFor();
  const checkInTitle = fill(en.checkIn.title, { number: 1 });
  const checkIn = cardLocator(checkInTitle);
  await checkIn.getByText(en.checkIn.countNone).waitFor();
  await shot('01-started');
  await shot('01-check-in-card', checkIn);
  mark('1 started');

  // 2. Check-in: Griet through the form message, Pieter through customActivities.
  await viaForm('checkin.submit', {
    title: dialog.title.checkin.submit,
    fill: async (form) => {
      await form.getByRole('radio', { name: en.moods.sunny, exact: true }).check();
      await form
        .getByRole('textbox', { name: en.checkIn.sinceLastTimeLabel })
        .fill('Tried the peer-feedback form in my lab group.');
    },
    send: en.checkIn.submit,
    done: dialog.done.checkin.submit,
    shot: '02-check-in-form',
  });
  await cardLocator(plural(en.checkIn, 'count', 1)).waitFor();
  await asPieter(checkInTitle, 'checkin.submit', {
    mood: 'cloudy',
    answer: 'Stamppot',
    sinceLastTime: 'Read the article on spaced repetition.',
  });
  await cardLocator(plural(en.checkIn, 'count', 2)).waitFor();
  const checkIns = await waitForRows(
    'SELECT user_id, data FROM check_ins ORDER BY user_id',
    2,
    'two check-ins in the store',
  );
  expect(checkIns.map((r) => r.user_id)).toEqual([GRIET.id, pieter.id]);
  expect(JSON.parse(checkIns[0]!.data)).toMatchObject({ mood: 'sunny' });
  expect(JSON.parse(checkIns[1]!.data)).toMatchObject({ mood: 'cloudy' });
  await shot('02-check-in-both', cardLocator(plural(en.checkIn, 'count', 2)));
  mark('2 checked in');

  // 3. Brainstorm: the explore board; Pieter posts one idea, Griet two through the card.
  await command('/next');
  const boardTitle = fill(en.board.title, { phase: en.phase.explore.title, number: 1 });
  await cardLocator(boardTitle).getByText(en.board.countNone).waitFor();
  await shot('03-board-empty', cardLocator(boardTitle));
  await asPieter(boardTitle, 'board.add', { text: IDEAS.clips });
  const oneFromOne = `${plural(en.board, 'count', 1)} ${plural(en.board, 'authors', 1)}`;
  await cardLocator(boardTitle).getByText(oneFromOne).waitFor();
  for (const [i, idea] of [IDEAS.exams, IDEAS.cases].entries()) {
    await viaForm('board.add', {
      title: dialog.title.board.add,
      fill: (form) => form.getByRole('textbox', { name: en.board.newLabel }).fill(idea),
      send: en.board.add,
      done: dialog.done.board.add,
      ...(i === 1 ? { shot: '03-board-form' } : {}),
    });
    // The shared card counts it (and carries a fresh token for the next post-it).
    await cardLocator(boardTitle)
      .getByText(`${plural(en.board, 'count', i + 2)} ${plural(en.board, 'authors', 2)}`)
      .waitFor();
  }
  const board = cardLocator(boardTitle);
  await board.getByText(`${plural(en.board, 'count', 3)} ${plural(en.board, 'authors', 2)}`).waitFor();
  await shot('03-board-three-ideas', board);
  const postIts = contributions<{ text: string }>('post-it').filter((c) => c.phaseIndex === 1);
  expect(postIts.map((c) => [c.authorId, c.data.text])).toEqual([
    [pieter.id, IDEAS.clips],
    [GRIET.id, IDEAS.exams],
    [GRIET.id, IDEAS.cases],
  ]);
  mark('3 brainstormed');

  // 4. Dot-vote: Griet places her dots with the dropdowns, Pieter votes too; Griet reveals.
  await command('/next');
  const voteTitle = fill(en.vote.title, { number: 1 });
  // The vote starts closed while the facilitator condenses; her "Open the vote" is in her own view of the card,
  // which the Playground does not show (no `refresh`): she sends that button's invoke through customActivities.
  await cardLocator(voteTitle).getByText(en.vote.grouping).waitFor();
  await shot('04-vote-closed', cardLocator(voteTitle));
  await asPieter(voteTitle, 'vote.open', {}, GRIET, 'vote.refresh');
  const vote = cardLocator(voteTitle);
  await vote.getByRole('button', { name: en.vote.submit, exact: true }).waitFor();
  await vote.getByText(en.vote.votersNone).waitFor();
  await vote.getByText(fill(en.vote.rules, { dots: 2, cap: 2 })).waitFor(); // 3 ideas: 2 dots each, at most 2 on one
  await shot('04-vote-card', vote);
  await choose(dotsFor(vote, IDEAS.cases), '1');
  await choose(dotsFor(vote, IDEAS.exams), '1');
  await shot('04-vote-filled', vote);
  await click(vote, en.vote.submit, {
    own: en.vote.saved,
    check: async (own) => {
      await own.getByText(fill(en.vote.spent, { spent: 2, dots: 2 })).waitFor();
      expect(await dotsFor(own, IDEAS.cases).inputValue()).toBe('1');
      expect(await own.getByText(en.vote.resultsTitle, { exact: true }).count()).toBe(0);
    },
    shot: '04-vote-own-view',
    shared: plural(en.vote, 'voters', 1),
  });
  const ids = Object.fromEntries(
    ((seenCard(voteTitle).content.body as unknown[]) ?? []).flatMap((el) => {
      const s = JSON.stringify(el);
      const m = /"text":"([^"]+)"[^]*?"id":"(dots_[0-9a-zA-Z_-]+)"/.exec(s);
      return m ? [[m[1]!, m[2]!]] : [];
    }),
  );
  expect(Object.keys(ids).sort()).toEqual(Object.values(IDEAS).sort());
  await asPieter(voteTitle, 'vote.cast', { [ids[IDEAS.cases]!]: '2' });
  await cardLocator(voteTitle)
    .getByText(plural(en.vote, 'voters', 2))
    .waitFor();
  await waitForRows("SELECT data FROM contributions WHERE kind = 'ballot'", 2, 'two ballots in the store');
  const ideaId = (idea: string) => ids[idea]!.replace(/^dots_/, '');
  expect(
    contributions<{ allocations: Record<string, number> }>('ballot').map((c) => [c.authorId, c.data.allocations]),
  ).toEqual([
    [GRIET.id, { [ideaId(IDEAS.cases)]: 1, [ideaId(IDEAS.exams)]: 1 }],
    [pieter.id, { [ideaId(IDEAS.cases)]: 2 }],
  ]);
  await shot('04-vote-two-voters', cardLocator(voteTitle));
  // "Reveal the results" is in her own view too: the group then sees the results on the shared card.
  await asPieter(voteTitle, 'vote.reveal', {}, GRIET, 'vote.refresh');
  const results = cardLocator(en.vote.resultsTitle);
  await results.waitFor();
  await results.getByText(voteTitle).waitFor();
  const expected = [
    fill(en.vote.result_other, { rank: 1, text: IDEAS.cases, count: 3 }),
    fill(en.vote.result_one, { rank: 2, text: IDEAS.exams, count: 1 }),
    fill(en.vote.result_other, { rank: 3, text: IDEAS.clips, count: 0 }),
  ];
  for (const line of expected) await results.getByText(line, { exact: true }).waitFor();
  expect(await results.getByRole('combobox').count()).toBe(0); // no more dots to place
  const resultText = await results.innerText();
  const order = expected.map((line) => resultText.indexOf(line));
  expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
  await shot('04-vote-results', results);
  mark('4 voted and revealed');

  // 5. Actions: Griet adds one, owned by Pieter.
  await command('/next');
  const actionsTitle = fill(en.actions.title, { number: 1 });
  const actions = cardLocator(actionsTitle);
  await actions.getByText(en.actions.none).waitFor();
  await viaForm('actions.add', {
    title: dialog.title.actions.add,
    fill: async (form) => {
      await form.getByRole('textbox', { name: en.actions.whatLabel }).fill(ACTION_WHAT);
      await choose(form.getByRole('combobox', { name: en.actions.ownerLabel }), pieter.name);
    },
    send: en.actions.add,
    done: dialog.done.actions.add,
    shot: '05-actions-form',
  });
  const listed = cardLocator(fill(en.actions.listTitle, { count: 1 }));
  await listed.getByText(ACTION_WHAT, { exact: true }).waitFor();
  await listed.getByText(new RegExp(`^${pieter.name} · by `)).waitFor();
  await shot('05-actions-listed', listed);
  const stored = contributions('action');
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({
    authorId: GRIET.id,
    data: { what: ACTION_WHAT, ownerId: pieter.id, ownerName: pieter.name, status: 'open' },
  });
  mark('5 action added');

  // 6. Retrospective: a "can be better" post-it from Pieter, a "went well" one from Griet.
  await command('/next');
  const retroTitle = fill(en.board.title, { phase: en.phase.retrospective.title, number: 1 });
  const retro = cardLocator(retroTitle);
  await retro.getByText(en.board.countNone).waitFor();
  await asPieter(retroTitle, 'board.add', { text: RETRO_TO_IMPROVE, category: 'to-improve' });
  await retro.getByText(`${plural(en.board, 'count', 1)} ${plural(en.board, 'authors', 1)}`).waitFor();
  await viaForm('board.add', {
    title: dialog.title.board.add,
    fill: async (form) => {
      await form.getByRole('radio', { name: en.board.category['went-well'], exact: true }).check();
      await form.getByRole('textbox', { name: en.board.newLabel }).fill(RETRO_WENT_WELL);
    },
    send: en.board.add,
    done: dialog.done.board.add,
    shot: '06-retro-form',
  });
  await retro.getByText(`${plural(en.board, 'count', 2)} ${plural(en.board, 'authors', 2)}`).waitFor();
  await shot('06-retro-posted', cardLocator(retroTitle));
  const retroPostIts = contributions<{ text: string; category: string | null }>('post-it').filter(
    (c) => c.phaseIndex === 4,
  );
  expect(retroPostIts.map((c) => [c.authorId, c.data])).toEqual([
    [pieter.id, { text: RETRO_TO_IMPROVE, category: 'to-improve' }],
    [GRIET.id, { text: RETRO_WENT_WELL, category: 'went-well' }],
  ]);
  mark('6 retrospective');

  // 7. End.
  await command('/end-session');
  const ended = cardLocator(fill(en.session.ended, { number: 1 }));
  await ended.getByText(plural(en.session, 'endedSummary', 2)).waitFor();
  await shot('07-ended', ended);
  await shot('07-ended-page');
  // Ending closes the check-in card (its shared update follows one interval later).
  const closedCheckIn = cardLocator(checkInTitle);
  await closedCheckIn.getByText(en.checkIn.closed).waitFor();
  expect(await closedCheckIn.getByRole('button', { name: en.checkIn.submit, exact: true }).count()).toBe(0);
  await shot('07-check-in-closed', closedCheckIn);
  const sessions = rows('SELECT data FROM sessions').map((r) => JSON.parse(r.data) as { state: { kind: string } });
  expect(sessions).toHaveLength(1);
  expect(sessions[0]!.state.kind).toBe('ended');
  mark('7 ended');

  expect(stack!.server.running && stack!.playground.running).toBe(true);
  expect(stack!.server.text).not.toMatch(/\berror\b/i);
  passed = true;
});
