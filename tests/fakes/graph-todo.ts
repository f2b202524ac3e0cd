import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server that follows the Microsoft Graph v1.0 To Do endpoints (learn.microsoft.com: todo-list-lists,
 * todo-post-lists, todotasklist-post-tasks, todotask-update), keeping each user's lists and tasks in memory. A bearer
 * token stands for one user (`allowToken`); a task is only reachable in its own user's lists (404 otherwise).
 * Faults: the next requests answer 429 with Retry-After, or a 5xx.
 */
export interface FakeTask {
  id: string;
  title: string;
  status: string;
  dueDateTime?: { dateTime: string; timeZone: string };
}
interface FakeList {
  id: string;
  displayName: string;
  tasks: FakeTask[];
}
export type TodoFault = { status: 429; retryAfterSeconds: number } | { status: 500 | 502 | 503 };

export class FakeTodoGraph {
  readonly calls: { method: string; path: string; status: number; user?: string }[] = [];
  private readonly tokens = new Map<string, string>();
  private readonly lists = new Map<string, FakeList[]>();
  private readonly faults: TodoFault[] = [];
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
  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }
  /** Forgets every list, call and fault (between tests). */
  reset(): void {
    this.calls.length = 0;
    this.faults.length = 0;
    this.lists.clear();
  }
  allowToken(token: string, user: string): void {
    this.tokens.set(token, user);
  }
  /** The next requests, one fault each. */
  inject(...faults: TodoFault[]): void {
    this.faults.push(...faults);
  }
  get unusedFaults(): number {
    return this.faults.length;
  }
  /** A user's lists with their tasks, as To Do would show them. */
  listsOf(user: string): FakeList[] {
    return this.lists.get(user) ?? [];
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = await readJson(req);
    const path = new URL(req.url ?? '/', this.url).pathname;
    const user = this.tokens.get((req.headers.authorization ?? '').replace(/^Bearer /, ''));
    const call = { method: req.method ?? 'GET', path, status: 0, ...(user ? { user } : {}) };
    this.calls.push(call);
    const send = (status: number, answer?: unknown, headers: Record<string, string> = {}) => {
      call.status = status;
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(answer === undefined ? undefined : JSON.stringify(answer));
    };
    const fault = this.faults.shift();
    if (fault?.status === 429)
      return send(429, error('TooManyRequests', 'throttled'), { 'Retry-After': String(fault.retryAfterSeconds) });
    if (fault) return send(fault.status, error('serviceNotAvailable', 'down'));
    if (!user) return send(401, error('InvalidAuthenticationToken', 'refused'));
    const answer = this.answer(req.method ?? 'GET', path, body, user);
    send(answer.status, answer.body);
  }

  private answer(method: string, path: string, body: Record<string, unknown>, user: string) {
    const lists = this.lists.get(user) ?? [];
    this.lists.set(user, lists);
    const m = /^\/v1\.0\/me\/todo\/lists(?:\/([^/]+)\/tasks(?:\/([^/]+))?)?$/.exec(path);
    if (!m) return { status: 404, body: error('itemNotFound', 'no route') };
    const [, listId, taskId] = m.map((p) => p && decodeURIComponent(p));
    if (!listId && method === 'GET')
      return { status: 200, body: { value: lists.map((l) => ({ id: l.id, displayName: l.displayName })) } };
    if (!listId && method === 'POST') {
      const list = { id: `list-${this.nextId++}`, displayName: String(body.displayName), tasks: [] };
      lists.push(list);
      return { status: 201, body: { id: list.id, displayName: list.displayName } };
    }
    const list = lists.find((l) => l.id === listId);
    if (!list) return { status: 404, body: error('itemNotFound', 'list not found') };
    if (!taskId && method === 'POST') {
      const task = {
        ...pick(body),
        id: `task-${this.nextId++}`,
        status: typeof body.status === 'string' ? body.status : 'notStarted',
      };
      list.tasks.push(task);
      return { status: 201, body: task };
    }
    const task = list.tasks.find((t) => t.id === taskId);
    if (!task || method !== 'PATCH') return { status: 404, body: error('itemNotFound', 'task not found') };
    Object.assign(task, pick(body));
    return { status: 200, body: task };
  }
}

const pick = (body: Record<string, unknown>): Omit<FakeTask, 'id'> =>
  ({ title: body.title, status: body.status, dueDateTime: body.dueDateTime }) as Omit<FakeTask, 'id'>;
const error = (code: string, message: string) => ({ error: { code, message } });

function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      resolve(text ? (JSON.parse(text) as Record<string, unknown>) : {});
    });
    req.on('error', reject);
  });
}
