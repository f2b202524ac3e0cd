import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the Connector. */
export interface ConnectorCall {
  kind: 'send' | 'reply' | 'update';
  conversationId: string;
  activityId: string;
  activity: Record<string, unknown>;
  at: number;
}

export interface Fault {
  status: number;
  retryAfterSeconds?: number;
}

/** A call the Connector refused with 429 because its thread was over one of Teams' limits. */
export interface ThrottledCall {
  kind: ConnectorCall['kind'];
  conversationId: string;
  /** The activity sent, or for an update the id of the activity it updates. */
  activity: Record<string, unknown>;
  targetId?: string;
  retryAfterSeconds: number;
  at: number;
}

export interface FakeConnectorOptions {
  /** Answer 429 with Retry-After, as Teams does, when a thread exceeds a limit. Off by default. */
  enforceTeamsLimits?: boolean;
  /** The windows enforced; Teams' table for one bot in one thread unless given. */
  limits?: readonly { ms: number; max: number }[];
}

/**
 * Teams' per-thread limits for a bot's sends, updates included (learn.microsoft.com …/bots/how-to/rate-limit).
 * Written out here on purpose rather than imported from the bot, so the fake checks the pacer, not itself.
 */
const TEAMS_LIMITS = [
  { ms: 1_000, max: 7 },
  { ms: 2_000, max: 8 },
  { ms: 30_000, max: 60 },
  { ms: 3_600_000, max: 1_800 },
];

/**
 * A local HTTP server that plays the Bot Framework Connector (v3 REST API) as Teams would:
 * send to a conversation, reply to an activity, update an activity. Faults can be queued. With
 * `enforceTeamsLimits` it throttles a thread (a channel: the conversation id without `;messageid=`) that
 * exceeds Teams' limits with 429 + Retry-After; only accepted calls count towards the windows.
 */
export class FakeBotConnector {
  readonly calls: ConnectorCall[] = [];
  /** Calls answered 429 because their thread was over a limit (only with `enforceTeamsLimits`). */
  readonly throttled: ThrottledCall[] = [];
  private readonly faults: Fault[] = [];
  private readonly accepted = new Map<string, number[]>();
  private server?: http.Server;
  private nextId = 1;

  /** The team's members, as `GET /v3/conversations/{teamId}/pagedmembers` returns them (two per page). */
  roster: { id: string; name: string; aadObjectId?: string }[] = [];

  /** The teams Teams knows, as `GET /v3/teams/{teamId}` (and its `/conversations`) answers; unknown ones are 404. */
  teams: Record<string, FakeTeam> = {};
  /** How the team look-ups answer: as Teams does, with 500, or never (until the connector stops). */
  teamLookup: 'answer' | 'fail' | 'hang' = 'answer';
  /** Personal chats the bot opened (`POST /v3/conversations`); `refusePersonalChats` answers 403 instead. */
  readonly personalChats: { userId: string; conversationId: string }[] = [];
  refusePersonalChats = false;
  private readonly hanging: http.ServerResponse[] = [];

  constructor(private readonly options: FakeConnectorOptions = {}) {}

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}/`;
  }

  /** The next calls fail with these statuses, one each. */
  failNext(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  sent(): ConnectorCall[] {
    return this.calls.filter((c) => c.kind !== 'update');
  }

  updates(): ConnectorCall[] {
    return this.calls.filter((c) => c.kind === 'update');
  }

  /** Throttled calls without a later accepted call that did the same thing: what a 429 made the bot lose. */
  unrecoveredThrottles(): ThrottledCall[] {
    return this.throttled.filter(
      (t) =>
        !this.calls.some(
          (call) =>
            call.at >= t.at &&
            call.kind === t.kind &&
            call.conversationId === t.conversationId &&
            (t.kind === 'update'
              ? call.activityId === t.targetId
              : JSON.stringify(call.activity) === JSON.stringify(t.activity)),
        ),
    );
  }

  /** Resolves once `predicate` holds for the calls so far, or rejects after `timeoutMs`. */
  async waitFor(predicate: (calls: ConnectorCall[]) => boolean, timeoutMs = 5000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!predicate(this.calls)) {
      if (Date.now() > end)
        throw new Error(`connector: condition not met within ${timeoutMs} ms; calls: ${this.calls.length}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async stop(): Promise<void> {
    // A look-up left hanging ends as "not found" (not a dropped connection, which the client would retry).
    for (const res of this.hanging.splice(0)) reply(res, 404, { error: { code: 'NotFound' } });
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      // Team look-ups and personal chats have their own switches, so queued faults still hit the posts they aim at.
      if (this.aside(req.method ?? '', req.url ?? '', Buffer.concat(chunks).toString('utf8'), res)) return;
      const fault = this.faults.shift();
      if (fault) {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
        reply(res, fault.status, { error: { code: 'Throttled', message: 'fault injected' } }, headers);
        return;
      }
      this.route(req.method ?? '', req.url ?? '', Buffer.concat(chunks).toString('utf8'), res);
    });
  }

  private aside(method: string, url: string, body: string, res: http.ServerResponse): boolean {
    const team = /^\/v3\/teams\/([^/?]+)(\/conversations)?/.exec(url);
    if (team && method === 'GET') {
      if (this.teamLookup === 'hang') return Boolean(this.hanging.push(res));
      if (this.teamLookup === 'fail') return answered(res, 500, { error: { code: 'ServiceError' } });
      const id = decodeURIComponent(team[1] ?? '');
      const known = this.teams[id];
      if (!known) return answered(res, 404, { error: { code: 'NotFound' } });
      const answer = team[2]
        ? { conversations: known.channels ?? [{ id }] }
        : { id, name: known.name, aadGroupId: `aad-${id}` };
      return answered(res, 200, answer);
    }
    if (url.startsWith('/v3/conversations') && !url.startsWith('/v3/conversations/') && method === 'POST') {
      if (this.refusePersonalChats) return answered(res, 403, { error: { code: 'Forbidden' } });
      const params = JSON.parse(body || '{}') as { members?: { id?: string }[] };
      const userId = params.members?.[0]?.id ?? '';
      const conversationId = `a:personal-chat-${userId}`;
      this.personalChats.push({ userId, conversationId });
      return answered(res, 201, { id: conversationId });
    }
    return false;
  }

  private pagedMembers(query: URLSearchParams, res: http.ServerResponse): void {
    reply(res, 200, pagedMembersPage(this.roster, query));
  }

  /** One member of the team, as `GET /v3/conversations/{teamId}/members/{memberId}` returns it. */
  private member(userId: string, res: http.ServerResponse): void {
    const found = this.roster.find((m) => m.id === userId);
    if (!found) return reply(res, 404, { error: { code: 'MemberNotFoundInConversation' } });
    reply(res, 200, { ...found, userPrincipalName: `${found.id}@example.test` });
  }

  private route(method: string, url: string, body: string, res: http.ServerResponse): void {
    const paged = /^\/v3\/conversations\/[^/]+\/pagedmembers(?:\?(.*))?$/.exec(url);
    if (paged && method === 'GET') return this.pagedMembers(new URLSearchParams(paged[1] ?? ''), res);
    const one = /^\/v3\/conversations\/[^/]+\/members\/([^/?]+)$/.exec(url);
    if (one && method === 'GET') return this.member(decodeURIComponent(one[1] ?? ''), res);
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(url);
    if (!match) return reply(res, 404, { error: { code: 'NotFound' } });
    const conversationId = decodeURIComponent(match[1] ?? '');
    const targetId = match[2] ? decodeURIComponent(match[2]) : undefined;
    const activity = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    const kind: ConnectorCall['kind'] = method === 'PUT' ? 'update' : targetId ? 'reply' : 'send';
    if (this.options.enforceTeamsLimits) {
      const now = Date.now();
      const retryAfterSeconds = this.overLimit(conversationId.replace(/;messageid=.*$/i, ''), now);
      if (retryAfterSeconds !== undefined) {
        this.throttled.push({ kind, conversationId, activity, targetId, retryAfterSeconds, at: now });
        const message = 'Too many requests for this thread.';
        return reply(res, 429, { error: { code: 'Throttled', message } }, { 'retry-after': String(retryAfterSeconds) });
      }
    }
    const activityId = kind === 'update' && targetId ? targetId : `activity-${this.nextId++}`;
    this.calls.push({ kind, conversationId, activityId, activity, at: Date.now() });
    reply(res, 200, { id: activityId });
  }

  /**
   * Whole seconds until `thread` may send again, or undefined when a call at `now` is within every limit (and is
   * counted).
   */
  private overLimit(thread: string, now: number): number | undefined {
    const limits = this.options.limits ?? TEAMS_LIMITS;
    const horizon = Math.max(...limits.map((w) => w.ms));
    const times = (this.accepted.get(thread) ?? []).filter((t) => t > now - horizon);
    this.accepted.set(thread, times);
    let freeAt = now;
    for (const { ms, max } of limits) {
      const inWindow = times.filter((t) => t > now - ms);
      if (inWindow.length >= max) freeAt = Math.max(freeAt, inWindow[inWindow.length - max]! + ms);
    }
    if (freeAt > now) return Math.max(1, Math.ceil((freeAt - now) / 1000));
    times.push(now);
    return undefined;
  }
}

/** A team as the Connector describes it; the General channel has the team's id and no name. */
export interface FakeTeam {
  name: string;
  channels?: { id: string; name?: string }[];
}

function pagedMembersPage(
  roster: FakeBotConnector['roster'],
  query: URLSearchParams,
): { members: unknown[]; continuationToken?: string } {
  const start = Number(query.get('continuationToken') ?? 0);
  const members = roster.slice(start, start + 2).map((m) => ({ ...m, userPrincipalName: `${m.id}@example.test` }));
  return start + 2 < roster.length ? { members, continuationToken: String(start + 2) } : { members };
}

const answered = (res: http.ServerResponse, status: number, body: unknown): true => {
  reply(res, status, body);
  return true;
};

// Separate calls: restify, when loaded in the same process, patches writeHead so it no longer chains.
function reply(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
