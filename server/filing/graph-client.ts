import type { TokenCredential } from '@azure/identity';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import {
  Client,
  HTTPMessageHandler,
  RedirectHandler,
  RetryHandler,
  RetryHandlerOptions,
} from '@microsoft/microsoft-graph-client';
// The formatter keeps a one-name import on one line, here 126 characters long.
// prettier-ignore
import {
  TokenCredentialAuthenticationProvider,
} from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

export interface GraphClientOptions {
  /** `https://graph.microsoft.com` (or a national cloud, or a local fake in tests); the version is v1.0. */
  baseUrl: string;
  credential: TokenCredential;
  /** The retry middleware's first delay and number of retries (429 with Retry-After, 503, 504). */
  retry?: { delaySeconds: number; maxRetries: number };
}

/**
 * A Graph client with the library's middleware chain: bearer token → RetryHandler → RedirectHandler → fetch.
 * The bearer token goes only to the configured Graph origin. (The library's own AuthenticationHandler trusts a fixed
 * list of https Graph hosts, so it would neither serve a national cloud set by configuration nor a local fake.)
 * Upload URLs of upload sessions are on another host and pre-authenticated: they never get the token.
 */
export function createGraphClient(options: GraphClientOptions): Client {
  const origin = new URL(options.baseUrl).origin;
  const tokens = new TokenCredentialAuthenticationProvider(options.credential, { scopes: [GRAPH_SCOPE] });
  const retry = options.retry ?? { delaySeconds: 3, maxRetries: 3 };
  const chain: Middleware[] = [
    new BearerForOrigin(origin, () => tokens.getAccessToken()),
    new RetryHandler(new RetryHandlerOptions(retry.delaySeconds, retry.maxRetries)),
    new RedirectHandler(),
    new HTTPMessageHandler(),
  ];
  chain.reduce((previous, next) => (previous.setNext?.(next), next));
  return Client.initWithMiddleware({ middleware: chain[0], baseUrl: origin, defaultVersion: 'v1.0' });
}

class BearerForOrigin implements Middleware {
  private next?: Middleware;

  constructor(
    private readonly origin: string,
    private readonly token: () => Promise<string>,
  ) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    if (new URL(url).origin === this.origin) {
      const bearer = `Bearer ${await this.token()}`;
      const options = (context.options ??= {});
      if (options.headers instanceof Headers) options.headers.set('Authorization', bearer);
      else options.headers = { ...(options.headers as Record<string, string> | undefined), Authorization: bearer };
    }
    await this.next?.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
