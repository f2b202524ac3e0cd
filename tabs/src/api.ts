/** The tab's client of the server's REST API (/api/tab) and its live-update stream. */
export interface ApiError {
  status: number;
  code: string;
  message: string;
  field?: string;
  current?: unknown;
  /** A fault: the reference under which the server logged it. */
  ref?: string;
}

export interface Identity {
  /** Local mode: the Playground user id sent as a header (loopback only). */
  localUser?: string;
  /** Teams: a function returning a fresh SSO token. */
  token?: () => Promise<string>;
  lang: string;
}

/** A refusal or failure as thrown by `Api.call`. */
export class ApiFailure extends Error implements ApiError {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly current?: unknown,
    readonly ref?: string,
  ) {
    super(message);
  }
}

export class Api {
  constructor(
    private readonly identity: Identity,
    private readonly base = '/api/tab',
  ) {}

  private async headers(): Promise<Record<string, string>> {
    const headers: Record<string, string> = {
      'accept-language': this.identity.lang,
      'content-type': 'application/json',
    };
    if (this.identity.localUser) headers['x-leerkring-local-user'] = this.identity.localUser;
    if (this.identity.token) headers.authorization = `Bearer ${await this.identity.token()}`;
    return headers;
  }

  /** Throws an ApiError with the server's localised message; a network failure has status 0. */
  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetch(`${this.base}${path}`, {
        method,
        headers: await this.headers(),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new ApiFailure(0, 'tab.errors.network', '');
    }
    const json = (await res.json().catch(() => ({}))) as { error?: Omit<ApiError, 'status'> };
    if (!res.ok)
      throw new ApiFailure(
        res.status,
        json.error?.code ?? 'tab.errors.network',
        json.error?.message ?? '',
        json.error?.field,
        json.error?.current,
        json.error?.ref,
      );
    return json as T;
  }

  get = <T>(path: string) => this.call<T>('GET', path);

  /** A file of the API (an image) as an object URL, fetched with the identity of every call; undefined if refused. */
  async objectUrl(path: string): Promise<string | undefined> {
    const res = await fetch(`${this.base}${path}`, { headers: await this.headers() }).catch(() => undefined);
    return res?.ok ? URL.createObjectURL(await res.blob()) : undefined;
  }
  put = <T>(path: string, body: unknown) => this.call<T>('PUT', path, body);
  post = <T>(path: string, body: unknown) => this.call<T>('POST', path, body);

  /**
   * Calls `onChange` on every change of the community, read as server-sent events over fetch (so the
   * SSO token travels as a header). Reconnects after a drop; returns a function that stops it.
   */
  watch(communityId: string, onChange: () => void): () => void {
    const controller = new AbortController();
    const run = async () => {
      while (!controller.signal.aborted) {
        try {
          const res = await fetch(`${this.base}/communities/${communityId}/events`, {
            headers: await this.headers(),
            signal: controller.signal,
          });
          const reader = res.body?.getReader();
          if (!res.ok || !reader) throw new Error(String(res.status));
          const decoder = new TextDecoder();
          let buffer = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buffer += decoder.decode(value, { stream: true });
            const events = buffer.split('\n\n');
            buffer = events.pop() ?? '';
            if (events.some((e) => e.split('\n').includes('event: change'))) onChange();
          }
        } catch {
          // dropped or refused: try again shortly
        }
        if (!controller.signal.aborted) await new Promise((resolve) => setTimeout(resolve, 2000));
      }
    };
    void run();
    return () => controller.abort();
  }
}

export const isApiError = (e: unknown): e is ApiError =>
  typeof e === 'object' && e !== null && 'code' in e && 'status' in e;
