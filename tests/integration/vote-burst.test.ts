import { cardAction, message, users, type TestUser } from '../fakes/activities';
import { FakeBotConnector, type ConnectorCall } from '../fakes/bot-connector';
import type { Ballot } from '../../domain/activities/dot-vote/dot-vote';
import { allActions, cardOf, invokeCard, visibleText } from './card-reading';
import { startHarness, type Harness } from './harness';
import { openVote } from './open-vote';
import { verbsOn } from './steering';

// 40 members cast their dots within one second, some move them once more, against a Connector that
// throttles like Teams (7/1 s, 8/2 s, 60/30 s, 1800/h per thread); then the facilitator reveals.
jest.setTimeout(30_000);

let h: Harness;
let connector: FakeBotConnector;
let where: { serviceUrl: string; locale: string };

beforeEach(async () => {
  connector = new FakeBotConnector({ enforceTeamsLimits: true });
  await connector.start();
  // The production interval: a burst of ballots should cost about one shared-card update a second.
  h = await startHarness({ connector, cardUpdateIntervalMs: 1000 });
  where = { serviceUrl: connector.url, locale: 'nl-BE' };
});
afterEach(async () => {
  await h.stop();
  await connector.stop();
  expect(h.errors).toEqual([]);
});

type Card = Record<string, unknown>;
type Allocation = Record<number, number>; // dots per idea, by the idea's place on the card

const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
const members: TestUser[] = Array.from({ length: 40 }, (_, n) => ({
  id: `29:lid-${n}`,
  name: `Lid ${n}`,
  aadObjectId: `aad-lid-${n}`,
}));
const IDEAS = ['Oefentoetsen', 'Kennisclips', 'Peer feedback', 'Casussen', 'Flipped classroom', 'Rubrics'];
const SLOT_MS = 22; // member n submits at n · 22 ms: 40 first ballots in 0..858 ms, the last move at 880 ms
const MOVE_AFTER_MS = 2 * SLOT_MS;

/** Member n puts 2 dots on idea n % 6 and 1 on idea (n + 1) % 6. */
const firstBallot = (n: number): Allocation => ({ [n % 6]: 2, [(n + 1) % 6]: 1 });
/** These members move their dots once more during the burst: one dot each on the three ideas after. */
const MOVERS = new Set([3, 9, 14, 22, 31, 38]);
const finalBallot = (n: number): Allocation =>
  MOVERS.has(n) ? { [(n + 2) % 6]: 1, [(n + 3) % 6]: 1, [(n + 4) % 6]: 1 } : firstBallot(n);
/**
 * The totals of the final ballots, worked out by hand. Without moves ideas 0..5 would get 20 21 21 21 19 18
 * (idea k: 2 × the members n ≡ k, 1 × the members n ≡ k − 1 (mod 6); residues 0..3 have 7 members, 4 and 5
 * have 6). The movers 3, 9, 14, 22, 31, 38 take their dots off ideas 3+4, 3+4, 2+3, 4+5, 1+2, 2+3 (2 dots on
 * the first) and put one each on 5 0 1, 5 0 1, 4 5 0, 0 1 2, 3 4 5, 4 5 0: 25 22 17 16 18 22, still 120 dots.
 */
const EXPECTED_RESULTS = [
  '1. Oefentoetsen · 25 stippen',
  '2. Kennisclips · 22 stippen (gelijk)',
  '2. Rubrics · 22 stippen (gelijk)',
  '4. Flipped classroom · 18 stippen',
  '5. Peer feedback · 17 stippen',
  '6. Casussen · 16 stippen',
].join('\n');

const textOf = (call: ConnectorCall) => visibleText(cardOf(call.activity));

async function say(text: string, from: TestUser = users.griet): Promise<ConnectorCall[]> {
  const before = connector.calls.length;
  expect((await h.post(message(text, from, where))).status).toBe(200);
  return connector.calls.slice(before).filter((c) => c.kind !== 'update');
}

interface Answer {
  status: number;
  statusCode: unknown;
  card: Card;
}

/** Clicks `verb` on `card` with these inputs, as `from`; the HTTP status, the invoke's statusCode and its card. */
async function click(card: Card, verb: string, inputs: Record<string, unknown>, from: TestUser): Promise<Answer> {
  const action = allActions(card).find((a) => a.verb === verb);
  if (!action) throw new Error(`no ${verb} on the card`);
  const res = await h.post(cardAction(verb, { ...action.data, ...inputs }, from, where));
  return {
    status: res.status,
    statusCode: (res.body as { statusCode?: unknown } | undefined)?.statusCode,
    card: res.status === 200 ? invokeCard(res.body) : {},
  };
}

/** The value of every Input.ChoiceSet on a card, by input id. */
function choicesOf(card: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (o.type === 'Input.ChoiceSet' && typeof o.id === 'string') values[o.id] = String(o.value);
    Object.values(o).forEach(walk);
  };
  walk(card);
  return values;
}

/** The ideas of a vote card in their order: each row's text and its `dots_<id>` input. */
function ideasOf(card: Card): { id: string; text: string }[] {
  const rows: { id: string; text: string }[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (o.type === 'ColumnSet') {
      const [label, input] = o.columns as { items: Record<string, unknown>[] }[];
      const id = input?.items[0]?.id;
      if (typeof id === 'string' && id.startsWith('dots_'))
        rows.push({ id: id.slice('dots_'.length), text: visibleText(label) });
      return;
    }
    Object.values(o).forEach(walk);
  };
  walk(card);
  return rows;
}

/** What Teams sends for a ballot: every dots input, 0 where the member put none. */
const inputsFor = (ideaIds: string[], allocation: Allocation): Record<string, string> =>
  Object.fromEntries(ideaIds.map((id, k) => [`dots_${id}`, String(allocation[k] ?? 0)]));
/** The ballot as the store should hold it: dots per idea id, ideas without dots left out. */
const storedFor = (ideaIds: string[], allocation: Allocation): Ballot['allocations'] =>
  Object.fromEntries(Object.entries(allocation).map(([k, dots]) => [ideaIds[Number(k)]!, dots]));

interface Submission {
  member: TestUser;
  n: number;
  allocation: Allocation;
  sentAt: number;
  answeredAt: number;
  answer: Answer;
}

it(
  '40 members vote within one second, some move their dots: every ballot lands, ' +
    'no 429 reaches anyone, the shared card converges and reveals the right totals',
  async () => {
    // A session with six ideas on the brainstorm board, from three members.
    await say('/start-bijeenkomst');
    const [boardCall] = await say('/volgende');
    const board = cardOf(boardCall!.activity);
    const authors = [users.pieter, users.lotte, users.griet];
    for (const [k, text] of IDEAS.entries()) {
      const added = await click(board, 'board.add', { text, token: `idee-${k}` }, authors[k % authors.length]!);
      expect(added.status).toBe(200);
      expect(visibleText(added.card)).toContain('Toegevoegd: je post-it hangt op het bord.');
    }
    const [voteCall] = await say('/stemmen');
    const voteCard = await openVote(h, cardOf(voteCall!.activity), where);
    const voteCardId = voteCall!.activityId;
    const ideas = ideasOf(voteCard);
    expect(ideas.map((i) => i.text)).toEqual(IDEAS);
    const ideaIds = ideas.map((i) => i.id);
    expect(visibleText(voteCard)).toContain('Je hebt 5 stippen, hoogstens 3 per idee.');
    const sessionId = String(allActions(voteCard).find((a) => a.verb === 'vote.cast')!.data.sessionId);
    await h.app.updater.flush(); // the board's pending update goes out before the burst, not during it

    // Every submission is planned within the first second. The measured span is reported, not asserted: on a
    // loaded machine (three jest runs at once on two cores) timers and answers run late and it reached 1.3–2.6 s.
    expect((members.length - 1) * SLOT_MS + MOVE_AFTER_MS).toBeLessThan(1000);
    const sentBefore = connector.sent().length;
    const callsBefore = connector.calls.length;
    const voteUpdates = () => connector.updates().filter((c) => c.activityId === voteCardId);
    const convergedAt = () => voteUpdates().find((c) => textOf(c).includes('40 leden hebben gestemd.'))?.at;

    // The burst: member n casts at n · 22 ms; a mover moves their dots 44 ms later, from the card they got back.
    const started = Date.now();
    const submissions = (
      await Promise.all(
        members.map(async (member, n): Promise<Submission[]> => {
          await sleepUntil(started + n * SLOT_MS);
          const cast = async (card: Card, allocation: Allocation): Promise<Submission> => {
            const sentAt = Date.now();
            const answer = await click(card, 'vote.cast', inputsFor(ideaIds, allocation), member);
            return { member, n, allocation, sentAt, answeredAt: Date.now(), answer };
          };
          const first = await cast(voteCard, firstBallot(n));
          if (!MOVERS.has(n)) return [first];
          await sleepUntil(started + n * SLOT_MS + MOVE_AFTER_MS);
          return [first, await cast(first.answer.card, finalBallot(n))];
        }),
      )
    ).flat();
    const lastSent = Math.max(...submissions.map((s) => s.sentAt));
    const lastAnswer = Math.max(...submissions.map((s) => s.answeredAt));

    // Every member got a 200 and their own card: saved, with exactly the dots they placed, results still hidden.
    expect(submissions).toHaveLength(40 + MOVERS.size);
    for (const { member, allocation, answer } of submissions) {
      const context = `${member.id} ${JSON.stringify(allocation)}`;
      expect({ context, status: answer.status, statusCode: answer.statusCode }).toEqual({
        context,
        status: 200,
        statusCode: 200,
      });
      const text = visibleText(answer.card);
      expect(text).toContain('Je stippen zijn bewaard.');
      expect(text).toContain('Je gebruikte 3 van je 5 stippen.');
      expect(text).not.toContain('Resultaten');
      expect({ context, choices: choicesOf(answer.card) }).toEqual({
        context,
        choices: inputsFor(ideaIds, allocation),
      });
    }

    // The store holds one ballot per member, the final one.
    const ballots = await h.app.deps.store.contributions.list<Ballot>(sessionId, 'ballot');
    expect(ballots).toHaveLength(40);
    expect(Object.fromEntries(ballots.map((b) => [b.authorId, b.data.allocations]))).toEqual(
      Object.fromEntries(members.map((m, n) => [m.id, storedFor(ideaIds, finalBallot(n))])),
    );

    // The shared card converges within 3 s of the last submission, without showing the dots.
    await connector.waitFor(() => convergedAt() !== undefined, 5000);
    const converged = convergedAt()!;
    await h.app.updater.flush();
    const burstCalls = connector.calls.slice(callsBefore);
    const voterCounts = voteUpdates().map((c) =>
      Number(/(\d+) (?:lid heeft|leden hebben) gestemd/.exec(textOf(c))?.[1] ?? 0),
    );
    console.info(
      `${submissions.length} ballots from 40 members in ${lastSent - started} ms ` +
        `(last answer ${lastAnswer - started} ms); ` +
        `shared card showed 40 voters ${converged - lastSent} ms after the last submission; ` +
        `${burstCalls.length} connector calls ` +
        `(${voteUpdates().length} vote card updates, voters ${voterCounts.join('→')}), ` +
        `${connector.throttled.length} throttled`,
    );
    expect(converged - lastSent).toBeLessThanOrEqual(3000);
    const shared = textOf(voteUpdates().at(-1)!);
    expect(shared).toContain('40 leden hebben gestemd.');
    expect(shared).not.toContain('Resultaten');
    expect(shared).not.toContain('stippen (gelijk)');
    expect(voterCounts).toEqual([...voterCounts].sort((a, b) => a - b)); // no stale render overtook a newer one
    expect(burstCalls.every((c) => c.kind === 'update' && c.activityId === voteCardId)).toBe(true);
    // About one update a second however many ballots: at most 5, more only when a loaded machine stretched the burst.
    expect(burstCalls.length).toBeLessThanOrEqual(Math.max(5, Math.ceil((lastAnswer - started) / 1000) + 2));
    expect(connector.sent()).toHaveLength(sentBefore); // members' answers are invoke answers, no posts

    // The facilitator reveals: her answer and then the shared card show the totals, ranked, ties marked.
    // Her own view of the shared card (Teams refreshes it for her) has the button.
    const own = await click(cardOf(voteCall!.activity), 'vote.refresh', {}, users.griet);
    expect(verbsOn(own.card)).toContain('vote.reveal');
    const revealed = await click(own.card, 'vote.reveal', {}, users.griet);
    expect([revealed.status, revealed.statusCode]).toEqual([200, 200]);
    expect(visibleText(revealed.card)).toContain(`Resultaten\n${EXPECTED_RESULTS}\n40 leden hebben gestemd.`);
    await connector.waitFor(() => textOf(voteUpdates().at(-1)!).includes('Resultaten'), 3000);
    await h.app.updater.flush();
    expect(textOf(voteUpdates().at(-1)!)).toContain(`Resultaten\n${EXPECTED_RESULTS}\n40 leden hebben gestemd.`);

    // Teams never had to say 429, and had it, every refused call would have landed on a retry.
    expect(connector.throttled).toEqual([]);
    expect(connector.unrecoveredThrottles()).toEqual([]);
  },
);
