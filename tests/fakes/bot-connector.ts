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

/**
 * A local HTTP server that plays the Bot Framework Connector (v3 REST API) as Teams would:
 * send to a conversation, reply to an activity, update an activity. Faults can be queued.
 */
export class FakeBotConnector {
  readonly calls: ConnectorCall[] = [];
  private readonly faults: Fault[] = [];
  private server?: http.Server;
  private nextId = 1;

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

  /** Resolves once `predicate` holds for the calls so far, or rejects after `timeoutMs`. */
  async waitFor(predicate: (calls: ConnectorCall[]) => boolean, timeoutMs = 5000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!predicate(this.calls)) {
      if (Date.now() > end) throw new Error(`connector: condition not met within ${timeoutMs} ms; calls: ${this.calls.length}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
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

  private route(method: string, url: string, body: string, res: http.ServerResponse): void {
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(url);
    if (!match) return reply(res, 404, { error: { code: 'NotFound' } });
    const conversationId = decodeURIComponent(match[1] ?? '');
    const targetId = match[2] ? decodeURIComponent(match[2]) : undefined;
    const activity = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    const kind: ConnectorCall['kind'] = method === 'PUT' ? 'update' : targetId ? 'reply' : 'send';
    const activityId = kind === 'update' && targetId ? targetId : `activity-${this.nextId++}`;
    this.calls.push({ kind, conversationId, activityId, activity, at: Date.now() });
    reply(res, 200, { id: activityId });
  }
}

// Separate calls: restify, when loaded in the same process, patches writeHead so it no longer chains.
function reply(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}
