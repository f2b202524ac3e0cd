/**
 * The dot-vote for `npm run bench`: setting a vote up over HTTP as a facilitator and members would
 * (`/start-bijeenkomst`, `/volgende`, post-its on the brainstorm board, `/volgende`), the ballots the
 * load generator sends, and the burst: many members voting within one second against a Connector
 * that enforces Teams' per-thread limits.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { defaultRules, type VoteRules } from '../domain/activities/dot-vote/dot-vote';
import { translator, type Lang } from '../i18n/t';
import { cardAction, message, TEAM, users, type TestUser } from '../tests/fakes/activities';
import type { ConnectorCall } from '../tests/fakes/bot-connector';
import { ask, type Child } from './children';
import type { ConnectorMessage } from './connector-process';
import { post } from './http-post';

/** A channel of the bench's team: each gets a community of its own, so each can run a session. */
export interface BenchChannel {
  id: string;
  name: string;
}

export const VOTE_CHANNEL: BenchChannel = { id: '19:channel-bench-stemmen@thread.tacv2', name: 'Stemmen (bench)' };
export const BURST_CHANNEL: BenchChannel = { id: '19:channel-bench-stemrush@thread.tacv2', name: 'Stemrush (bench)' };

/** The builder's activities come from its one channel; this moves one to `channel` (conversation and channelData). */
export function inChannel(activity: Record<string, unknown>, channel: BenchChannel): Record<string, unknown> {
  const conversation = activity.conversation as Record<string, unknown>;
  const channelData = activity.channelData as Record<string, unknown>;
  return {
    ...activity,
    conversation: { ...conversation, id: `${channel.id};messageid=1700000000000` },
    channelData: { ...channelData, team: TEAM, channel },
  };
}

/** Everything the bench needs to know about a vote that is open. */
export interface VoteSetup {
  channel: BenchChannel;
  serviceUrl: string;
  locale: string;
  lang: Lang;
  /** The data of the card's vote.cast action (sessionId, phaseIndex, cardVersion). */
  castData: Record<string, unknown>;
  sessionId: string;
  phaseIndex: number;
  ideaIds: string[];
  rules: VoteRules;
  /** The id the Connector gave the shared vote card: its updates are PUTs to this id. */
  cardActivityId: string;
}

export async function postJson(
  url: string,
  activity: Record<string, unknown>,
): Promise<{ status: number; text: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  return { status: res.status, text: await res.text() };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface ExecuteAction {
  verb: string;
  data: Record<string, unknown>;
}

/** Every Action.Execute on a card, also those inside ActionSets; a button opening a dialog under the dialog's verb. */
function executeActions(node: unknown, found: ExecuteAction[] = []): ExecuteAction[] {
  if (Array.isArray(node)) {
    for (const n of node) executeActions(n, found);
  } else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    const data = (o.data ?? {}) as Record<string, unknown>;
    if (o.type === 'Action.Execute') found.push({ verb: String(o.verb), data });
    if (o.type === 'Action.Submit' && typeof data.dialog === 'string') found.push({ verb: data.dialog, data });
    for (const v of Object.values(o)) executeActions(v, found);
  }
  return found;
}

/** The first card posted (send or reply) since the last clear that has an Action.Execute with `verb`. */
async function postedCardWith(
  connector: Child,
  verb: string,
  timeoutMs = 5000,
): Promise<{ call: ConnectorCall; action: ExecuteAction }> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const { calls } = await ask<Extract<ConnectorMessage, { type: 'posted' }>>(connector, { type: 'posted' }, 'posted');
    for (const call of calls) {
      const action = executeActions(call.activity.attachments).find((a) => a.verb === verb);
      if (action) return { call, action };
    }
    if (Date.now() > end) {
      const last = calls.at(-1)?.activity ?? null;
      throw new Error(
        `no card with a '${verb}' button reached the connector within ${timeoutMs} ms; ` +
          `last posted: ${JSON.stringify(last).slice(0, 500)}`,
      );
    }
    await sleep(50);
  }
}

/** Waits until the Connector has had no call (accepted or refused) for `quietMs`. */
export async function connectorQuiet(connector: Child, quietMs: number, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let seen = -1;
  let since = Date.now();
  for (;;) {
    const stats = await ask<Extract<ConnectorMessage, { type: 'stats' }>>(connector, { type: 'stats' }, 'stats');
    const count = Object.values(stats.byKind).reduce((a, b) => a + b, 0) + stats.throttled;
    if (count !== seen) {
      seen = count;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return;
    }
    if (Date.now() > end) throw new Error(`the connector did not fall quiet for ${quietMs} ms within ${timeoutMs} ms`);
    await sleep(100);
  }
}

/**
 * Starts a session in `channel` as Griet (who founds its community and so facilitates it), moves to
 * the brainstorm, has members add `ideas` post-its, moves on to the dot-vote and opens it.
 */
export async function setUpVote(o: {
  serverUrl: string;
  connector: Child;
  serviceUrl: string;
  channel: BenchChannel;
  ideas: number;
}): Promise<VoteSetup> {
  const locale = 'nl-BE';
  const lang: Lang = 'nl';
  const where = { serviceUrl: o.serviceUrl, locale };
  const endpoint = `${o.serverUrl}/api/messages`;
  const say = async (text: string) => {
    const res = await postJson(endpoint, inChannel(message(text, users.griet, where), o.channel));
    if (res.status !== 200) throw new Error(`${text} answered HTTP ${res.status}: ${res.text.slice(0, 300)}`);
  };

  await ask(o.connector, { type: 'clear' }, 'cleared');
  await say('/start-bijeenkomst');
  await say('/volgende');
  const board = await postedCardWith(o.connector, 'board.add');
  for (let i = 1; i <= o.ideas; i++) {
    const author: TestUser = { id: `29:bench-idee-${i % 4}`, name: `Bedenker ${i % 4}` };
    const data = { ...board.action.data, token: `bench-idee-${i}`, text: `Idee ${i}` };
    const res = await postJson(endpoint, inChannel(cardAction('board.add', data, author, where), o.channel));
    if (res.status !== 200 || !res.text.includes(translator(lang)('board.added'))) {
      throw new Error(`post-it ${i} was not added: HTTP ${res.status}: ${res.text.slice(0, 300)}`);
    }
  }

  await ask(o.connector, { type: 'clear' }, 'cleared');
  await say('/volgende');
  // The vote is closed while Griet condenses; she opens it from her own view of the card, which answers it open.
  const grouping = await postedCardWith(o.connector, 'vote.refresh');
  const opened = await postJson(
    endpoint,
    inChannel(cardAction('vote.open', grouping.action.data, users.griet, where), o.channel),
  );
  const cast = executeActions(JSON.parse(opened.text)).find((a) => a.verb === 'vote.cast');
  if (opened.status !== 200 || !cast) throw new Error(`the vote did not open: HTTP ${opened.status}: ${opened.text}`);
  const vote = { action: cast, call: grouping.call };
  const ideaIds = [...opened.text.matchAll(/"id":"dots_([^"]+)"/g)].map((m) => m[1] as string);
  if (ideaIds.length !== o.ideas)
    throw new Error(`the vote card has ${ideaIds.length} ideas, not the ${o.ideas} added`);
  const sessionId = vote.action.data.sessionId;
  const phaseIndex = vote.action.data.phaseIndex;
  if (typeof sessionId !== 'string' || typeof phaseIndex !== 'number')
    throw new Error(`the vote card's action has no sessionId/phaseIndex: ${JSON.stringify(vote.action.data)}`);
  return {
    channel: o.channel,
    serviceUrl: o.serviceUrl,
    locale,
    lang,
    castData: vote.action.data,
    sessionId,
    phaseIndex,
    ideaIds,
    rules: defaultRules(ideaIds.length),
    cardActivityId: vote.call.activityId,
  };
}

/**
 * Distinct ballots that spend the whole budget within the cap: every split of the dots into parts of
 * at most the cap, laid on the ideas at each offset and with a few strides.
 */
export function ballots(ideas: number, rules: VoteRules): number[][] {
  const splits: number[][] = [];
  const split = (left: number, max: number, parts: number[]) => {
    if (left === 0) return void splits.push(parts);
    for (let p = Math.min(left, max); p >= 1; p--) split(left - p, p, [...parts, p]);
  };
  split(Math.min(rules.dots, ideas * rules.capPerItem), rules.capPerItem, []);
  const seen = new Set<string>();
  const out: number[][] = [];
  for (const parts of splits) {
    if (parts.length > ideas) continue;
    for (const stride of [1, 2, 3]) {
      for (let offset = 0; offset < ideas; offset++) {
        const dots = new Array<number>(ideas).fill(0);
        const at = parts.map((_, j) => (offset + j * stride) % ideas);
        if (new Set(at).size !== at.length) continue;
        parts.forEach((p, j) => (dots[at[j] as number] = p));
        const key = dots.join(',');
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(dots);
      }
    }
  }
  return out;
}

/**
 * The body of vote number `n`: member `n mod members` (a new member for each when `members` is 0),
 * with dots unlike that member's previous ballot (the k-th ballot a member sends is entry member·7 + k
 * of the list, so two in a row always differ), every ChoiceSet's value sent, as Teams does.
 */
export function voteBody(setup: VoteSetup, members: number, memberPrefix: string): (n: number) => string {
  const options = ballots(setup.ideaIds.length, setup.rules);
  if (options.length < 2)
    throw new Error(
      `only ${options.length} distinct ballots for ${setup.ideaIds.length} ideas: votes would not change`,
    );
  const where = { serviceUrl: setup.serviceUrl, locale: setup.locale };
  // Counted per member (not taken from n): the load generator numbers requests across all scenarios.
  const sent = new Map<number, number>();
  return (n) => {
    const member = members > 0 ? n % members : n;
    const nth = sent.get(member) ?? 0;
    if (members > 0) sent.set(member, nth + 1);
    const dots = options[(member * 7 + nth) % options.length] as number[];
    const user: TestUser = { id: `29:${memberPrefix}-${member}`, name: `Stemmer ${member}` };
    const data: Record<string, unknown> = { ...setup.castData };
    setup.ideaIds.forEach((id, i) => (data[`dots_${id}`] = String(dots[i] ?? 0)));
    return JSON.stringify(inChannel(cardAction('vote.cast', data, user, where), setup.channel));
  };
}

/** The member's card with the green notice "your dots are saved": a refused ballot also answers 200. */
export function voteSaved(lang: Lang): (status: number, body: string) => boolean {
  const saved = JSON.stringify(translator(lang)('vote.saved'));
  return (status, body) => status === 200 && body.includes(saved);
}

// ---------------------------------------------------------------------------------------------
// The burst

export interface BurstResult {
  members: number;
  spreadMs: number;
  /** Answers other than 200 (network errors count as 0). */
  non200: number;
  /** 200s without the saved notice (a refused or failed vote). */
  notSaved: number;
  /** 429s the Connector answered the bot during the burst and until it fell quiet. */
  throttled: number;
  /** Calls the Connector accepted, by kind; `connectorCalls` = accepted + 429s. */
  acceptedByKind: Record<string, number>;
  connectorCalls: number;
  /** Updates of the shared vote card. */
  cardUpdates: number;
  /** Voters shown on the card's last update (NaN if none could be read), and the right total. */
  shownVoters: number;
  expectedVoters: number;
  /**
   * From the last submission (sent) to the update from which the card showed the right total for good; NaN if it never
   * did.
   */
  convergeMs: number;
  /** From the last submission to the card's last update. */
  lastUpdateMs: number;
  /** The slowest member answer. */
  maxAnswerMs: number;
}

/** A failed request counts as status 0, so one broken connection does not end the run. */
const sendOne = (agent: http.Agent, target: URL, payload: string): Promise<{ status: number; body: string }> =>
  post(agent, target, payload).catch((error: unknown) => ({ status: 0, body: String(error) }));

/** The voter count a shared vote card shows, read with the same strings the bot renders; NaN if none matches. */
function votersShown(activity: Record<string, unknown>, t: ReturnType<typeof translator>, upTo: number): number {
  const json = JSON.stringify(activity);
  const shows = (text: string) => json.includes(`:${JSON.stringify(text)}`);
  if (shows(t('vote.votersNone'))) return 0;
  for (let n = upTo + 50; n >= 1; n--) if (shows(t('vote.voters', { count: n }))) return n;
  return NaN;
}

/**
 * `members` new members each cast one ballot, their submissions spread evenly over `spreadMs`; then
 * waits until the Connector has been quiet for `quietMs` and reads what the bot sent it.
 */
export async function runBurst(o: {
  serverUrl: string;
  connector: Child;
  setup: VoteSetup;
  members: number;
  spreadMs: number;
  quietMs: number;
  timeoutMs: number;
}): Promise<BurstResult> {
  const t = translator(o.setup.lang);
  const body = voteBody(o.setup, 0, 'bench-burst');
  const saved = voteSaved(o.setup.lang);
  const target = new URL(`${o.serverUrl}/api/messages`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.members });
  const payloads = Array.from({ length: o.members }, (_, i) => body(i));

  await ask(o.connector, { type: 'clear' }, 'cleared');
  const start = performance.now() + 20;
  const answers = await Promise.all(
    payloads.map(async (payload, i) => {
      const due = start + (i * o.spreadMs) / o.members;
      while (performance.now() < due - 1) await sleep(Math.max(0, due - performance.now() - 1));
      while (performance.now() < due); // the last millisecond spun, for an even spread
      const sentAt = Date.now();
      const t0 = performance.now();
      const answer = await sendOne(agent, target, payload);
      return { ...answer, sentAt, ms: performance.now() - t0 };
    }),
  );
  agent.destroy();
  const lastSubmission = Math.max(...answers.map((a) => a.sentAt));

  // Until the shared card shows the total and the bot has stopped calling (or time is up).
  const expected = o.members;
  const end = Date.now() + o.timeoutMs;
  let updates: ConnectorCall[] = [];
  for (;;) {
    ({ calls: updates } = await ask<Extract<ConnectorMessage, { type: 'updates' }>>(
      o.connector,
      { type: 'updates', activityId: o.setup.cardActivityId },
      'updates',
    ));
    const last = updates.at(-1);
    if (last && votersShown(last.activity, t, expected) === expected) break;
    if (Date.now() > end) break;
    await sleep(50);
  }
  await connectorQuiet(o.connector, o.quietMs, Math.max(o.quietMs * 2, end - Date.now() + o.quietMs));
  ({ calls: updates } = await ask<Extract<ConnectorMessage, { type: 'updates' }>>(
    o.connector,
    { type: 'updates', activityId: o.setup.cardActivityId },
    'updates',
  ));
  const stats = await ask<Extract<ConnectorMessage, { type: 'stats' }>>(o.connector, { type: 'stats' }, 'stats');

  const shown = updates.map((u) => votersShown(u.activity, t, expected));
  let from = shown.length;
  while (from > 0 && shown[from - 1] === expected) from--;
  const converged = from < shown.length ? updates[from] : undefined;
  const lastUpdate = updates.at(-1);
  const accepted = Object.values(stats.byKind).reduce((a, b) => a + b, 0);
  return {
    members: o.members,
    spreadMs: o.spreadMs,
    non200: answers.filter((a) => a.status !== 200).length,
    notSaved: answers.filter((a) => a.status === 200 && !saved(a.status, a.body)).length,
    throttled: stats.throttled,
    acceptedByKind: stats.byKind,
    connectorCalls: accepted + stats.throttled,
    cardUpdates: updates.length,
    shownVoters: shown.at(-1) ?? NaN,
    expectedVoters: expected,
    convergeMs: converged ? converged.at - lastSubmission : NaN,
    lastUpdateMs: lastUpdate ? lastUpdate.at - lastSubmission : NaN,
    maxAnswerMs: Math.max(...answers.map((a) => a.ms)),
  };
}
