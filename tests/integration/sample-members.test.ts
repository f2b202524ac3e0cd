/**
 * `npm run members`: the Playground's five sample colleagues answer the running session's card through the
 * server's local-only route, which sends their card clicks to the bot's real /api/messages (no Playground here).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { readLocalSample } from '../../server/auth/local-identities';
import { CHANNEL, TEAM, message, users } from '../fakes/activities';
import { NO_SESSION, runMembers, type MembersOptions } from '../../scripts/members';
import { cardOf, visibleText } from './card-reading';
import type { Harness } from './harness';
import { openVote } from './open-vote';
import { useHarness } from './use-harness';

jest.setTimeout(60_000); // a loaded 2-core machine; the CLI test starts tsx twice

const harness = useHarness();
let h: Harness;
let where: { serviceUrl: string };
beforeEach(() => {
  ({ h, where } = harness);
});

const sample = readLocalSample();
const colleagues = sample.users.filter((u) => u.userId !== sample.currentUserId);
const place = { teamId: TEAM.id, channelId: CHANNEL.id };
const members = (options: Omit<MembersOptions, 'url' | 'place'> = {}) => runMembers({ url: h.url, place, ...options });

async function say(text: string) {
  expect((await h.post(message(text, users.griet, { ...where, locale: 'nl-BE' }))).status).toBe(200);
}

/** The text of the newest version of the shared card whose text contains `marker`. */
async function sharedCard(marker: string): Promise<string> {
  await h.app.updater.flush();
  const texts = h.connector.calls.map((c) => visibleText(cardOf(c.activity))).filter((t) => t.includes(marker));
  return texts.at(-1) ?? '';
}

const stored = async (kind: string) =>
  (await h.app.deps.store.contributions.listAllInCommunity((await community()).id)).filter(
    (c) => c.value.kind === kind,
  );
const community = async () => (await h.app.deps.store.communities.findByChannel(place))!.value;

it('the five sample colleagues check in: the channel’s card counts five, each with a Dutch answer', async () => {
  expect(colleagues.map((c) => c.name)).toEqual([
    'Pieter Claes',
    'Lotte Janssens',
    'Wout Peeters',
    'Fien De Smet',
    'Jens Maes',
  ]);
  await say('/start-bijeenkomst');
  const lines = await members();
  expect(lines[0]).toBe("Session 1, phase 1 (check-in, check-in), in Dutch, to the bot's /api/messages:");
  for (const c of colleagues) expect(lines.some((l) => l.includes('✓') && l.includes(c.name))).toBe(true);
  expect(await sharedCard('ingecheckt')).toContain('5 leden hebben ingecheckt.');
  const session = (await h.app.deps.store.sessions.latest((await community()).id))!.value;
  const checkIns = await h.app.deps.store.checkIns.list(session.id);
  expect(checkIns.map((c) => c.userId).sort()).toEqual(colleagues.map((c) => c.userId).sort());
  const answers = new Set(checkIns.map((c) => c.answer));
  expect(answers.size).toBe(5);
  expect([...answers].join(' ')).toMatch(/\b(het|de|een|en)\b/);
});

it('three colleagues fill the brainstorm board, then spend their dots on its ideas', async () => {
  await say('/start-bijeenkomst');
  await say('/volgende');
  await members({ members: 3 });
  expect(await sharedCard('post-it')).toContain('3 post-its van 3 leden');
  const postIts = await stored('post-it');
  expect(new Set(postIts.map((p) => p.value.authorId))).toEqual(new Set(colleagues.slice(0, 3).map((c) => c.userId)));
  expect(postIts.map((p) => (p.value.data as { text: string }).text)).toContain(
    'Meer oefentoetsen in de aanloop naar de examens',
  );

  await say('/volgende');
  // The dot-vote starts closed: the colleagues wait for the facilitator, and say so.
  expect((await members({ members: 3 })).join('\n')).toContain('the dot-vote is not open yet');
  expect(await stored('ballot')).toEqual([]);
  await openVote(h, cardOf(h.connector.sent().at(-1)!.activity), { ...where, locale: 'nl-BE' });
  const lines = await members({ members: 3 });
  expect(lines.filter((l) => l.includes('✓ ') && l.includes('vote.cast'))).toHaveLength(3);
  expect(await sharedCard('gestemd')).toContain('3 leden hebben gestemd.');
  const ballots = (await stored('ballot')).map((b) => b.value.data as { allocations: Record<string, number> });
  // Three ideas: two dots each, all of them spent, and not all on the same idea.
  expect(ballots.map((b) => Object.values(b.allocations).reduce((a, n) => a + n, 0))).toEqual([2, 2, 2]);
  expect(new Set(ballots.map((b) => JSON.stringify(b.allocations))).size).toBeGreaterThan(1);
});

it('answers again without adding anything twice, and in English when asked', async () => {
  await say('/start-bijeenkomst');
  await say('/volgende');
  await members({ members: 3 });
  await members({ members: 3 });
  expect(await stored('post-it')).toHaveLength(3);
  const english = await members({ members: 1, lang: 'en' });
  expect(english[0]).toContain('in English');
  expect((await stored('post-it')).map((p) => (p.value.data as { text: string }).text)).toContain(
    'More practice tests before the exams',
  );
});

/** Runs the colleagues in every phase of a session; per phase, who contributed what (kind and category). */
async function everyPhase(format: string, phases: number): Promise<string[][]> {
  await say(`/start-bijeenkomst ${format}`);
  const seen: string[][] = [];
  for (let phase = 0; phase < phases; phase++) {
    if (phase > 0) await say('/volgende');
    await members({ members: 3 });
    const mine = (await h.app.deps.store.contributions.listAllInCommunity((await community()).id)).filter(
      (c) => c.value.phaseIndex === phase,
    );
    const authors = new Set(mine.map((c) => c.value.authorId).filter((a) => a !== ''));
    const kinds = [...new Set(mine.map((c) => c.value.kind))].sort();
    seen.push([...kinds, `${authors.size} authors`]);
  }
  return seen;
}

it('every activity of the start session takes the colleagues’ answers', async () => {
  expect(await everyPhase('startbijeenkomst', 8)).toEqual([
    ['introduction', '3 authors'],
    ['post-it', '3 authors'],
    ['post-it', '3 authors'],
    ['post-it', '3 authors'],
    ['driver-rating', '3 authors'],
    ['post-it', '3 authors'],
    ['ranking', '3 authors'],
    ['driver-rating', 'post-it', '3 authors'],
  ]);
  // Three rankings of the topics they brainstormed, each colleague with another favourite in first place.
  const firsts = (await stored('ranking')).map((r) => (r.value.data as { order: string[] }).order[0]);
  expect(new Set(firsts).size).toBe(3);
  const topics = (await stored('post-it')).filter((p) => p.value.phaseIndex === 5);
  expect(topics.map((p) => (p.value.data as { text: string }).text)).toContain('Formatief toetsen in de hoorcolleges');
  expect(firsts.every((id) => topics.some((p) => p.value.id === id))).toBe(true);
});

it('the actions of a regular session and the survey of a closing one take their answers too', async () => {
  await say('/start-bijeenkomst');
  for (let i = 0; i < 3; i++) await say('/volgende');
  await members({ members: 3 });
  const actions = (await stored('action')).map((a) => a.value.data as { ownerId: string; what: string });
  expect(actions.map((a) => a.ownerId).sort()).toEqual(
    colleagues
      .slice(0, 3)
      .map((c) => c.userId)
      .sort(),
  );
  expect(actions.map((a) => a.what)).toContain('Een oefentoets maken voor hoofdstuk 3');
  await say('/einde');
  await say('/start-bijeenkomst slotbijeenkomst');
  for (let i = 0; i < 3; i++) await say('/volgende');
  const lines = await members();
  expect(lines[0]).toContain('(impact, survey)');
  expect(await sharedCard('geantwoord')).toContain('5 leden hebben geantwoord.');
});

it('--phase answers another phase than the current one, and names a phase that is not there', async () => {
  await say('/start-bijeenkomst');
  await say('/volgende');
  const lines = await members({ phase: 1, members: 2 });
  expect(lines[0]).toContain('phase 1 (check-in, check-in)');
  expect(await sharedCard('ingecheckt')).toContain('2 leden hebben ingecheckt.');
  expect(await stored('post-it')).toHaveLength(0);
  await expect(members({ phase: 9 })).rejects.toThrow('The running session has no phase 9.');
});

it('a dry run shows what each colleague would send, and sends nothing', async () => {
  await say('/start-bijeenkomst');
  const lines = await members({ dryRun: true, members: 2 });
  expect(lines[0]).toContain('(dry run, nothing sent)');
  expect(lines[1]).toMatch(/^ {2}Pieter Claes: checkin\.submit \{"mood":"sunny","answer":"/);
  expect(lines).toHaveLength(3);
  const session = (await h.app.deps.store.sessions.latest((await community()).id))!.value;
  expect(await h.app.deps.store.checkIns.count(session.id)).toBe(0);
});

it('npm run members without a running session says how to start one', async () => {
  const { code, stderr } = await runCli(['--members', '3'], new URL(h.url).port);
  expect(code).toBe(1);
  expect(stderr).toBe(`[members] ${NO_SESSION}\n`);
  const wrong = await runCli(['--lang', 'fr'], new URL(h.url).port);
  expect(wrong.stderr).toBe('[members] --lang takes nl or en, not "fr".\n');
});

it('the route exists in local mode only', async () => {
  const id = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;
  const cloud = { MicrosoftAppId: id(1), MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: id(2) };
  const sso = { LEERKRING_SSO_CLIENT_ID: id(3), LEERKRING_ALLOWED_TENANTS: id(2), HOST: '127.0.0.1' };
  const config = loadConfig({ PORT: '0', LEERKRING_DB: ':memory:', MicrosoftAppPassword: 'fake', ...cloud, ...sso });
  const app = createApp(config, { log: { info: () => undefined, warn: () => undefined, error: () => undefined } });
  const { url } = await app.listen();
  try {
    const cloud = await fetch(`${url}/api/local/sample-members`, { method: 'POST', body: '{}' });
    expect(cloud.status).toBe(404);
    await expect(runMembers({ url })).rejects.toThrow('has no sample members: is it Leerkring in local mode');
  } finally {
    await app.close();
  }
});

function runCli(args: string[], port: string): Promise<{ code: number | null; stderr: string }> {
  const root = path.resolve(__dirname, '..', '..');
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/members.ts', ...args], {
    cwd: root,
    env: { ...process.env, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stderr })));
}
