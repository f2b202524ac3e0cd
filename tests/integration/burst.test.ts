import { cardAction, message, users, type TestUser } from '../fakes/activities';
import { FakeBotConnector, type ConnectorCall } from '../fakes/bot-connector';
import { startHarness, type Harness } from './harness';
import { cardOf, invokeCard, sessionIdOf, visibleText } from './card-reading';

// Bursts against a Connector that throttles like Teams (7/1 s, 8/2 s, 60/30 s, 1800/h per thread).
jest.setTimeout(30_000);

let h: Harness;
let connector: FakeBotConnector;
let where: { serviceUrl: string };

beforeEach(async () => {
  connector = new FakeBotConnector({ enforceTeamsLimits: true });
  await connector.start();
  // The production interval: a burst of answers should cost about one update a second.
  h = await startHarness({ connector, cardUpdateIntervalMs: 1000 });
  where = { serviceUrl: connector.url };
});
afterEach(async () => {
  await h.stop();
  await connector.stop();
  // The pacer keeps every thread within the limits, so Teams never has to say 429...
  expect(connector.throttled).toEqual([]);
  // ...and were it to, every refused call must have landed on a retry.
  expect(connector.unrecoveredThrottles()).toEqual([]);
  expect(h.errors).toEqual([]);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const members: TestUser[] = Array.from({ length: 40 }, (_, i) => ({
  id: `29:lid-${i}`,
  name: `Lid ${i}`,
  aadObjectId: `aad-lid-${i}`,
}));
const textOf = (call: ConnectorCall) => visibleText(cardOf(call.activity));
const convergedAt = (text: string) => connector.updates().find((c) => textOf(c).includes(text))?.at;

async function startSession(): Promise<string> {
  const res = await h.post(message('/start-bijeenkomst', users.griet, where));
  expect(res.status).toBe(200);
  return sessionIdOf(connector.sent().at(-1));
}

/** Each member submits a check-in, all 40 within one second; returns when the last answer came back. */
async function checkInAll(sessionId: string): Promise<number> {
  const answers = await Promise.all(
    members.map(async (member, i) => {
      await sleep(i * 24);
      const res = await h.post(
        cardAction('checkin.submit', { sessionId, phaseIndex: 0, cardVersion: 1, mood: 'sunny' }, member, where),
      );
      return { member, res, at: Date.now() };
    }),
  );
  for (const { member, res } of answers) {
    expect(res.status).toBe(200);
    expect(visibleText(invokeCard(res.body))).toContain(`Bedankt, ${member.name}: je check-in is bewaard.`);
  }
  expect(await h.app.deps.store.checkIns.count(sessionId)).toBe(40);
  return Math.max(...answers.map((a) => a.at));
}

const say = (text: string) => h.post(message(text, users.griet, where));

it(
  '40 members check in within one second: every answer is theirs, ' + 'nothing is lost, the shared card converges',
  async () => {
    const sessionId = await startSession();
    const callsBefore = connector.calls.length;
    const started = Date.now();
    const lastAnswer = await checkInAll(sessionId);
    await connector.waitFor(() => convergedAt('40 leden hebben ingecheckt.') !== undefined, 5000);
    const converged = convergedAt('40 leden hebben ingecheckt.')!;
    await h.app.updater.flush();
    const calls = connector.calls.length - callsBefore;
    console.info(
      `40 check-ins in ${lastAnswer - started} ms; ` +
        `shared card converged ${converged - lastAnswer} ms after the last answer; ` +
        `${calls} connector calls (${connector.updates().length} updates)`,
    );
    expect(converged - lastAnswer).toBeLessThanOrEqual(3000);
    expect(calls).toBeLessThanOrEqual(5);
    expect(connector.sent()).toHaveLength(2); // the start notice and the check-in card, nothing else
  },
);

it(
  'a facilitator posting cards in quick succession: ' + 'every card arrives, in order per turn, within the limits',
  async () => {
    await startSession();
    const started = Date.now();
    const agendas = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        await sleep(i * 10);
        return say('/agenda');
      }),
    );
    expect(agendas.map((a) => a.status)).toEqual(agendas.map(() => 200));
    for (const step of ['/volgende', '/vorige', '/volgende', '/vorige']) expect((await say(step)).status).toBe(200);
    const texts = connector.sent().map(textOf);
    console.info(
      `12 × /agenda and 4 phase steps took ${Date.now() - started} ms; ${connector.calls.length} connector calls`,
    );
    expect(texts.filter((t) => t.includes('Agenda van bijeenkomst 1'))).toHaveLength(12);
    // The phase cards, in the order they were asked for (phase 2's card itself is not this test's business).
    expect(texts.slice(-4)).toEqual([
      expect.stringContaining('Exploreren'),
      expect.stringContaining('Check-in · bijeenkomst 1'),
      expect.stringContaining('Exploreren'),
      expect.stringContaining('Check-in · bijeenkomst 1'),
    ]);
    expect(connector.sent()).toHaveLength(2 + 12 + 4);
  },
);

it('both at once: members check in while the facilitator posts 12 cards', async () => {
  const sessionId = await startSession();
  const [lastAnswer, agendas] = await Promise.all([
    checkInAll(sessionId),
    Promise.all(Array.from({ length: 12 }, () => say('/agenda'))),
  ]);
  expect(agendas.map((a) => a.status)).toEqual(agendas.map(() => 200));
  await connector.waitFor(() => convergedAt('40 leden hebben ingecheckt.') !== undefined, 10_000);
  const converged = convergedAt('40 leden hebben ingecheckt.')!;
  console.info(
    `with 12 cards posted meanwhile, the shared card converged ${converged - lastAnswer} ms after the last answer`,
  );
  expect(converged - lastAnswer).toBeLessThanOrEqual(3000);
  expect(
    connector
      .sent()
      .map(textOf)
      .filter((t) => t.includes('Agenda van bijeenkomst 1')),
  ).toHaveLength(12);
});

it('the fake Connector does throttle a thread that goes over a limit, so the checks above mean something', async () => {
  const strict = new FakeBotConnector({ enforceTeamsLimits: true });
  await strict.start();
  const send = (conversationId: string) =>
    fetch(`${strict.url}v3/conversations/${encodeURIComponent(conversationId)}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hoi' }),
    });
  try {
    const answers = [];
    // Reply chains of one channel share its budget.
    for (let i = 0; i < 8; i++) answers.push(await send(`19:kanaal@thread.tacv2;messageid=${i}`));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200, 200, 429]);
    expect(answers[7]!.headers.get('retry-after')).toBe('1');
    expect((await send('19:ander-kanaal@thread.tacv2')).status).toBe(200);
    expect(strict.throttled).toHaveLength(1);
    expect(strict.unrecoveredThrottles()).toHaveLength(1);
  } finally {
    await strict.stop();
  }
});

it.each([
  { fault: { status: 429 }, why: 'a 429 without Retry-After (the SDK itself retries only one with it)' },
  { fault: { status: 412 }, why: 'a 412 (the SDK does not retry it at all)' },
])('the pacer retries $why, and the card still lands', async ({ fault }) => {
  await startSession();
  connector.failNext(fault);
  const started = Date.now();
  expect((await say('/agenda')).status).toBe(200);
  expect(Date.now() - started).toBeGreaterThanOrEqual(450); // the first backoff, 500 ms + jitter
  expect(textOf(connector.sent().at(-1)!)).toContain('Agenda van bijeenkomst 1');
});
