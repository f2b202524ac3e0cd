import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server that follows the Microsoft Graph v1.0 endpoints Leerkring files reports with, as documented on
 * learn.microsoft.com (channel-get-filesfolder, driveitem-get, driveitem-post-children, driveitem-put-content,
 * driveitem-createuploadsession), keeping its drives in memory so tests can read back every file and its bytes.
 *
 * - Standard channels keep their files in a folder named after the channel in the team's drive; private and shared
 *   channels have a drive of their own.
 * - A channel whose name holds one of ~ # % & * { } + / \ : < > ? | ‘ ” makes filesFolder answer 400, as Graph
 *   does.
 * - Graph calls need a known bearer token; writes need a token allowed to write (else 403). Upload URLs are
 *   pre-authenticated and refuse an Authorization header (401), as the docs warn.
 * - Faults per operation: 429 with Retry-After, 503, a connection dropped while the request body arrives, a connection
 *   dropped after the server did the work (the answer is lost), an upload session that expired (404).
 */

export type GraphOperation =
  'filesFolder' | 'getByPath' | 'createFolder' | 'putContent' | 'createUploadSession' | 'uploadSlice' | 'uploadStatus';

export type GraphFault =
  | { kind: 'throttle'; retryAfterSeconds: number }
  | { kind: 'unavailable'; retryAfterSeconds?: number }
  | { kind: 'drop' }
  | { kind: 'drop-after' }
  | { kind: 'expire-session' };

export interface FakeChannel {
  teamId: string;
  channelId: string;
  displayName: string;
  membershipType: 'standard' | 'private' | 'shared';
}

interface Item {
  id: string;
  name: string;
  driveId: string;
  parentId: string | null;
  folder: boolean;
  content?: Buffer;
  writtenBy?: string;
}

interface UploadSession {
  id: string;
  driveId: string;
  parentId: string;
  name: string;
  chunks: Buffer[];
  next: number;
  expired: boolean;
  principal: string;
}

export interface GraphCall {
  method: string;
  path: string;
  operation?: GraphOperation;
  status: number | 'dropped';
  token?: string;
}

const SPECIAL = /[~#%&*{}+/\\:<>?|‘’“”]/;

export class FakeGraph {
  readonly calls: GraphCall[] = [];
  /** How many times each file's content was written (path `driveId/a/b/name`). */
  readonly writes = new Map<string, number>();
  private readonly items = new Map<string, Item>();
  private readonly channels: FakeChannel[] = [];
  private readonly sessions = new Map<string, UploadSession>();
  private readonly tokens = new Map<string, { principal: string; canWrite: boolean }>();
  private readonly faults: { operation: GraphOperation; fault: GraphFault; skip: number; times: number }[] = [];
  private server?: http.Server;
  private nextId = 1;

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** The base URL to configure as GRAPH_BASE_URL (the client adds /v1.0). */
  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  /** A bearer token the fake accepts, for a principal (an app or a user) that may or may not write files. */
  allowToken(token: string, principal: string, canWrite = true): void {
    this.tokens.set(token, { principal, canWrite });
  }

  addChannel(channel: FakeChannel): void {
    this.channels.push(channel);
    const driveId = channel.membershipType === 'standard' ? `team-${channel.teamId}` : `channel-${channel.channelId}`;
    const root = this.rootOf(driveId);
    this.create({ name: channel.displayName, driveId, parentId: root.id, folder: true });
  }

  /** The next `times` requests of an operation (after `skip` of them pass) fail with this fault. */
  inject(operation: GraphOperation, fault: GraphFault, options: { times?: number; skip?: number } = {}): void {
    this.faults.push({ operation, fault, skip: options.skip ?? 0, times: options.times ?? 1 });
  }

  /** Injected faults that never happened (a test whose fault was not hit proves nothing). */
  unusedFaults(): { operation: GraphOperation; fault: GraphFault }[] {
    return this.faults.filter((f) => f.times > 0).map(({ operation, fault }) => ({ operation, fault }));
  }

  /** Names in a folder under the channel's Files folder, e.g. `Leerkring/Verslagen`. */
  list(channel: FakeChannel, folderPath: string): string[] {
    const folder = this.resolve(this.channelFolder(channel), folderPath.split('/'));
    return folder
      ? this.childrenOf(folder.id)
          .map((i) => i.name)
          .sort()
      : [];
  }

  /** The bytes of a file under the channel's Files folder, and who wrote it last. */
  file(channel: FakeChannel, filePath: string): { content: Buffer; writtenBy?: string } | undefined {
    const item = this.resolve(this.channelFolder(channel), filePath.split('/'));
    return item?.content ? { content: item.content, writtenBy: item.writtenBy } : undefined;
  }

  /** Every file in every drive, as `driveId/path`. */
  allFiles(): string[] {
    return [...this.items.values()]
      .filter((i) => !i.folder)
      .map((i) => this.pathOf(i))
      .sort();
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const route = this.route(req.method ?? 'GET', url.pathname);
    const call: GraphCall = { method: req.method ?? 'GET', path: url.pathname, operation: route?.operation, status: 0 };
    this.calls.push(call);
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      call.status = status;
      res.writeHead(status, { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (!route) return send(404, error('itemNotFound', `no route ${req.method} ${url.pathname}`));
    const fault = this.takeFault(route.operation);
    if (fault?.kind === 'throttle')
      return send(429, error('TooManyRequests', 'throttled'), { 'Retry-After': String(fault.retryAfterSeconds) });
    if (fault?.kind === 'unavailable')
      return send(
        503,
        error('serviceNotAvailable', 'unavailable'),
        fault.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(fault.retryAfterSeconds) },
      );
    if (fault?.kind === 'drop') return this.dropWhileReading(req, call);
    const body = await readBody(req);
    const auth = this.authorize(req, route.operation);
    call.token = auth.token;
    if (auth.refusal)
      return send(auth.refusal, error(auth.refusal === 401 ? 'InvalidAuthenticationToken' : 'accessDenied', 'refused'));
    if (fault?.kind === 'expire-session') this.sessions.forEach((s) => (s.expired = true));
    const answer = this.answer(route, url, req, body, auth.principal ?? 'anonymous');
    if (fault?.kind === 'drop-after') {
      call.status = 'dropped';
      req.socket.destroy();
      return;
    }
    send(answer.status, answer.body);
  }

  private route(method: string, path: string): { operation: GraphOperation; parts: string[] } | undefined {
    const patterns: [string, RegExp, GraphOperation][] = [
      ['GET', /^\/v1\.0\/teams\/([^/]+)\/channels\/([^/]+)\/filesFolder$/, 'filesFolder'],
      ['POST', /^\/v1\.0\/drives\/([^/]+)\/items\/([^/:]+):\/(.+):\/createUploadSession$/, 'createUploadSession'],
      ['PUT', /^\/v1\.0\/drives\/([^/]+)\/items\/([^/:]+):\/(.+):\/content$/, 'putContent'],
      ['GET', /^\/v1\.0\/drives\/([^/]+)\/items\/([^/:]+):\/(.+)$/, 'getByPath'],
      ['POST', /^\/v1\.0\/drives\/([^/]+)\/items\/([^/:]+)\/children$/, 'createFolder'],
      ['PUT', /^\/upload\/([^/]+)$/, 'uploadSlice'],
      ['GET', /^\/upload\/([^/]+)$/, 'uploadStatus'],
      ['DELETE', /^\/upload\/([^/]+)$/, 'uploadStatus'],
    ];
    for (const [m, pattern, operation] of patterns) {
      const match = m === method ? pattern.exec(path) : null;
      if (match) return { operation, parts: match.slice(1).map((p) => p.split('/').map(decodeURIComponent).join('/')) };
    }
    return undefined;
  }

  private authorize(
    req: http.IncomingMessage,
    operation: GraphOperation,
  ): { token?: string; principal?: string; refusal?: 401 | 403 } {
    const header = req.headers.authorization;
    if (operation === 'uploadSlice' || operation === 'uploadStatus') return header ? { refusal: 401 } : {};
    const token = header?.replace(/^Bearer /, '');
    const known = token ? this.tokens.get(token) : undefined;
    if (!known) return { token, refusal: 401 };
    const writes = operation === 'createFolder' || operation === 'putContent' || operation === 'createUploadSession';
    return writes && !known.canWrite ? { token, refusal: 403 } : { token, principal: known.principal };
  }

  private answer(
    route: { operation: GraphOperation; parts: string[] },
    url: URL,
    req: http.IncomingMessage,
    body: Buffer,
    principal: string,
  ): { status: number; body?: unknown } {
    const [a = '', b = '', c = ''] = route.parts;
    switch (route.operation) {
      case 'filesFolder':
        return this.filesFolder(a, b);
      case 'getByPath': {
        const item = this.resolve(this.items.get(b), c.split('/'));
        return item && item.driveId === a
          ? { status: 200, body: this.view(item) }
          : { status: 404, body: error('itemNotFound', 'not found') };
      }
      case 'createFolder':
        return this.createFolder(a, b, JSON.parse(body.toString('utf8')) as Record<string, unknown>);
      case 'putContent':
        return this.write(
          a,
          b,
          c,
          body,
          url.searchParams.get('@microsoft.graph.conflictBehavior') ?? 'replace',
          principal,
        );
      case 'createUploadSession':
        return this.createSession(a, b, c, principal);
      case 'uploadSlice':
        return this.slice(a, req.headers['content-range'], body);
      case 'uploadStatus':
        return this.status(a, req.method === 'DELETE');
    }
  }

  private filesFolder(teamId: string, channelId: string): { status: number; body: unknown } {
    const channel = this.channels.find((c) => c.teamId === teamId && c.channelId === channelId);
    if (!channel) return { status: 404, body: error('NotFound', 'channel not found') };
    if (SPECIAL.test(channel.displayName)) return { status: 400, body: error('BadRequest', 'Invalid request') };
    return { status: 200, body: this.view(this.channelFolder(channel)!) };
  }

  private createFolder(
    driveId: string,
    parentId: string,
    body: Record<string, unknown>,
  ): { status: number; body: unknown } {
    const name = String(body.name);
    const existing = this.childrenOf(parentId).find((i) => i.name.toLowerCase() === name.toLowerCase());
    if (existing && body['@microsoft.graph.conflictBehavior'] === 'fail')
      return { status: 409, body: error('nameAlreadyExists', 'exists') };
    return { status: 201, body: this.view(this.create({ name, driveId, parentId, folder: true })) };
  }

  private write(
    driveId: string,
    parentId: string,
    name: string,
    content: Buffer,
    conflict: string,
    principal: string,
  ): { status: number; body: unknown } {
    const existing = this.childrenOf(parentId).find((i) => i.name.toLowerCase() === name.toLowerCase());
    if (existing && conflict === 'fail') return { status: 409, body: error('nameAlreadyExists', 'exists') };
    const target =
      existing && conflict === 'replace'
        ? existing
        : this.create({ name: existing ? `${name} 1` : name, driveId, parentId, folder: false });
    target.content = Buffer.from(content);
    target.writtenBy = principal;
    const key = this.pathOf(target);
    this.writes.set(key, (this.writes.get(key) ?? 0) + 1);
    return { status: target === existing ? 200 : 201, body: this.view(target) };
  }

  private createSession(
    driveId: string,
    parentId: string,
    name: string,
    principal: string,
  ): { status: number; body: unknown } {
    const id = `session-${this.nextId++}`;
    this.sessions.set(id, { id, driveId, parentId, name, chunks: [], next: 0, expired: false, principal });
    return {
      status: 200,
      body: { uploadUrl: `${this.url}/upload/${id}`, expirationDateTime: inAnHour(), nextExpectedRanges: ['0-'] },
    };
  }

  private slice(id: string, range: string | undefined, body: Buffer): { status: number; body?: unknown } {
    const session = this.sessions.get(id);
    if (!session || session.expired)
      return { status: 404, body: error('itemNotFound', 'The upload session was not found') };
    const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(range ?? '');
    if (!match) return { status: 400, body: error('invalidRequest', 'Content-Range') };
    const [from, to, total] = match.slice(1).map(Number) as [number, number, number];
    if (from !== session.next) return { status: 416, body: error('invalidRange', 'The fragment overlaps or skips') };
    if (body.length !== to - from + 1) return { status: 400, body: error('invalidRequest', 'length') };
    session.chunks.push(body);
    session.next = to + 1;
    if (session.next < total)
      return { status: 202, body: { expirationDateTime: inAnHour(), nextExpectedRanges: [`${session.next}-`] } };
    this.sessions.delete(id);
    return this.write(
      session.driveId,
      session.parentId,
      session.name,
      Buffer.concat(session.chunks),
      'replace',
      session.principal,
    );
  }

  private status(id: string, cancel: boolean): { status: number; body?: unknown } {
    const session = this.sessions.get(id);
    if (!session || session.expired)
      return { status: 404, body: error('itemNotFound', 'The upload session was not found') };
    if (cancel) return (this.sessions.delete(id), { status: 204 });
    return { status: 200, body: { expirationDateTime: inAnHour(), nextExpectedRanges: [`${session.next}-`] } };
  }

  private dropWhileReading(req: http.IncomingMessage, call: GraphCall): void {
    call.status = 'dropped';
    const drop = () => void req.socket.destroy();
    if (req.headers['content-length'] === '0' || req.method === 'GET') return drop();
    req.once('data', drop);
    req.once('end', drop);
  }

  private takeFault(operation: GraphOperation): GraphFault | undefined {
    const rule = this.faults.find((f) => f.operation === operation && f.times > 0);
    if (!rule) return undefined;
    if (rule.skip > 0) return void rule.skip--;
    rule.times--;
    return rule.fault;
  }

  private rootOf(driveId: string): Item {
    return (
      [...this.items.values()].find((i) => i.driveId === driveId && i.parentId === null) ??
      this.create({ name: 'root', driveId, parentId: null, folder: true })
    );
  }

  private channelFolder(channel: FakeChannel): Item | undefined {
    const driveId = channel.membershipType === 'standard' ? `team-${channel.teamId}` : `channel-${channel.channelId}`;
    return this.childrenOf(this.rootOf(driveId).id).find((i) => i.name === channel.displayName);
  }

  private resolve(from: Item | undefined, segments: string[]): Item | undefined {
    return segments.reduce<Item | undefined>(
      (at, name) => at && this.childrenOf(at.id).find((i) => i.name.toLowerCase() === name.toLowerCase()),
      from,
    );
  }

  private childrenOf(parentId: string): Item[] {
    return [...this.items.values()].filter((i) => i.parentId === parentId);
  }

  private create(fields: Omit<Item, 'id'>): Item {
    const item = { ...fields, id: `item-${this.nextId++}` };
    this.items.set(item.id, item);
    return item;
  }

  private pathOf(item: Item): string {
    const names: string[] = [];
    for (let at: Item | undefined = item; at && at.parentId !== null; at = this.items.get(at.parentId))
      names.unshift(at.name);
    return `${item.driveId}/${names.join('/')}`;
  }

  private view(item: Item): Record<string, unknown> {
    return {
      id: item.id,
      name: item.name,
      webUrl: `https://contoso.sharepoint.test/${this.pathOf(item).split('/').map(encodeURIComponent).join('/')}`,
      parentReference: { driveId: item.driveId, ...(item.parentId ? { id: item.parentId } : {}) },
      ...(item.folder
        ? { folder: { childCount: this.childrenOf(item.id).length } }
        : { file: {}, size: item.content?.length ?? 0 }),
    };
  }
}

const error = (code: string, message: string) => ({ error: { code, message } });

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
