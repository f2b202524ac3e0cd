import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { MOODS } from '../../domain/activities/check-in/check-in';
import { BALLOT_KIND, tally, type Ballot } from '../../domain/activities/dot-vote/dot-vote';
import type { Store } from '../../domain/ports';
import { openAzureTableStore } from '../../server/storage/azure-table/azure-table-store';
import { freePort, startChild, stopAll, waitForHttp, waitForReady, type Child } from '../../bench/children';
import type { ConnectorMessage } from '../../bench/connector-process';
import type { BenchChannel, VoteSetup } from '../../bench/vote';
import { inChannel, postJson, setUpVote, voteBody, voteSaved } from '../../bench/vote';
import { cardAction, type TestUser } from '../fakes/activities';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { localModeEnv } from '../helpers/local-mode-env';

// Two server processes share one Azurite; 500 check-ins and votes are spread over both at once.
jest.setTimeout(90_000);

const ROOT = path.resolve(__dirname, '..', '..');
const CHANNEL: BenchChannel = { id: '19:channel-twee-instanties@thread.tacv2', name: 'Twee instanties' };
const CHECK_INS = 250;
const VOTES = 250;

let azurite: Azurite;
let connector: { child: Child; url: string };
let servers: { child: Child; url: string }[];
let store: Store;
let dataDir: string;
const tablePrefix = `multi${randomBytes(4).toString('hex')}`;

function serverEnv(port: number): NodeJS.ProcessEnv {
  return localModeEnv({
    PORT: String(port),
    LEERKRING_DATA_DIR: dataDir,
    LEERKRING_STORE: 'azure-table',
    LEERKRING_STORAGE_CONNECTION_STRING: azurite.connectionString,
    LEERKRING_TABLE_PREFIX: tablePrefix,
  });
}

async function startServer(name: string): Promise<{ child: Child; url: string }> {
  const port = await freePort();
  const child = startChild({
    name,
    script: path.join(ROOT, 'server', 'main.ts'),
    cwd: ROOT,
    env: serverEnv(port),
    countInStderr: 'turn failed',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(child, `${url}/healthz`);
  return { child, url };
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-multi-'));
  azurite = await startAzurite();
  const child = startChild({
    name: 'connector',
    script: path.join(ROOT, 'bench', 'connector-process.ts'),
    cwd: ROOT,
    env: process.env,
    ipc: true,
    stopLast: true,
  });
  connector = { child, url: (await waitForReady<Extract<ConnectorMessage, { type: 'ready' }>>(child)).url };
  servers = await Promise.all([startServer('server-a'), startServer('server-b')]);
  store = await openAzureTableStore({ connectionString: azurite.connectionString, tablePrefix });
});

afterAll(async () => {
  await stopAll();
  await azurite?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Member i's check-in card submission: a mood and an answer of their own. */
function checkInBody(setup: VoteSetup, i: number): Record<string, unknown> {
  const user: TestUser = { id: `29:inchecker-${i}`, name: `Inchecker ${i}` };
  const data = {
    sessionId: setup.sessionId,
    phaseIndex: 0,
    cardVersion: 1,
    mood: MOODS[i % MOODS.length],
    answer: `Antwoord ${i}`,
    sinceLastTime: '',
    obstacles: '',
  };
  return inChannel(
    cardAction('checkin.submit', data, user, { serviceUrl: setup.serviceUrl, locale: setup.locale }),
    setup.channel,
  );
}

it('logs which store it uses, without the account key', () => {
  for (const s of servers) {
    expect(s.child.tail()).toContain('Azure Table storage (tables');
    expect(s.child.tail()).not.toContain(azurite.accountKey);
  }
});

it('stores each of 500 check-ins and votes spread over two instances exactly once, with the right totals', async () => {
  const [a, b] = servers as [{ child: Child; url: string }, { child: Child; url: string }];
  for (const s of servers) {
    const health = (await (await fetch(`${s.url}/healthz`)).json()) as { store: { kind: string; location: string } };
    expect(health.store.kind).toBe('azure-table');
    expect(JSON.stringify(health)).not.toContain(azurite.accountKey);
  }

  // A facilitator starts the session on one instance, members add ideas, the vote opens.
  const setup = await setUpVote({
    serverUrl: a.url,
    connector: connector.child,
    serviceUrl: connector.url,
    channel: CHANNEL,
    ideas: 6,
  });
  const vote = voteBody(setup, 0, 'stemmer');
  const votes = Array.from({ length: VOTES }, (_, i) => vote(i));
  const checkIns = Array.from({ length: CHECK_INS }, (_, i) => JSON.stringify(checkInBody(setup, i)));

  // Everything at once, check-ins and votes interleaved, every other one to the other instance.
  const requests = Array.from({ length: CHECK_INS + VOTES }, (_, i) => ({
    kind: i % 2 ? 'vote' : 'checkin',
    body: i % 2 ? votes[(i - 1) / 2] : checkIns[i / 2],
    to: i % 4 < 2 ? a : b,
  }));
  const answers = await Promise.all(
    requests.map(async (r) => ({
      kind: r.kind,
      ...(await postJson(`${r.to.url}/api/messages`, JSON.parse(r.body as string) as Record<string, unknown>)),
    })),
  );
  const saved = voteSaved(setup.lang);
  const failed = answers.filter((x) =>
    x.kind === 'vote' ? !saved(x.status, x.text) : x.status !== 200 || !x.text.includes('"style":"good"'),
  );
  expect(failed.map((x) => `${x.kind} ${x.status} ${x.text.slice(0, 200)}`)).toEqual([]);

  // Each check-in once, with what its member said.
  expect(await store.checkIns.count(setup.sessionId)).toBe(CHECK_INS);
  const stored = await store.checkIns.list(setup.sessionId);
  expect(new Set(stored.map((c) => c.userId)).size).toBe(CHECK_INS);
  for (const c of stored) {
    const i = Number(c.userId.replace('29:inchecker-', ''));
    expect([c.mood, c.answer]).toEqual([MOODS[i % MOODS.length], `Antwoord ${i}`]);
  }

  // Each ballot once, as it was cast; the totals are the sums of the dots sent.
  const ballots = (await store.contributions.list<Ballot>(setup.sessionId, BALLOT_KIND)).filter(
    (x) => x.phaseIndex === setup.phaseIndex,
  );
  expect(ballots).toHaveLength(VOTES);
  expect(new Set(ballots.map((x) => x.authorId)).size).toBe(VOTES);
  const sent = new Map(
    votes.map((body) => {
      const activity = JSON.parse(body) as {
        from: { id: string };
        value: { action: { data: Record<string, string> } };
      };
      return [activity.from.id, activity.value.action.data];
    }),
  );
  const expected = new Map(setup.ideaIds.map((id) => [id, 0]));
  for (const ballot of ballots) {
    const data = sent.get(ballot.authorId);
    for (const id of setup.ideaIds) {
      expect(ballot.data.allocations[id] ?? 0).toBe(Number(data?.[`dots_${id}`] ?? 0));
      expected.set(id, (expected.get(id) ?? 0) + Number(data?.[`dots_${id}`] ?? 0));
    }
  }
  const totals = tally(
    setup.ideaIds.map((id) => ({ id, text: id })),
    ballots.map((x) => x.data),
  );
  expect(Object.fromEntries(totals.map((t) => [t.id, t.votes]))).toEqual(Object.fromEntries(expected));
  expect([...expected.values()].reduce((x, y) => x + y, 0)).toBe(VOTES * setup.rules.dots);

  expect(a.child.stderrMatches() + b.child.stderrMatches()).toBe(0);
});

it('refuses to start without the storage it is told to use, naming the setting', async () => {
  const port = await freePort();
  const env = serverEnv(port);
  delete env.LEERKRING_STORAGE_CONNECTION_STRING;
  const child = startChild({
    name: 'server-unconfigured',
    script: path.join(ROOT, 'server', 'main.ts'),
    cwd: ROOT,
    env,
  });
  expect(await child.exited).toBe(2);
  expect(child.tail()).toContain('LEERKRING_STORAGE_CONNECTION_STRING');
  expect(child.tail()).toContain('Access keys');
});
