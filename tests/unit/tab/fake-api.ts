import { Api } from '../../../tabs/src/api';

export interface Call {
  method: string;
  path: string;
  body?: unknown;
}

type Route = (call: Call) => { status?: number; body: unknown } | undefined;

/** The tab's Api over a fake fetch: `route` answers each call; every call is recorded. */
export function fakeApi(route: Route): { api: Api; calls: Call[] } {
  const calls: Call[] = [];
  globalThis.fetch = ((input: string | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://tab');
    const call: Call = {
      method: init?.method ?? 'GET',
      path: `${url.pathname.replace('/api/tab', '')}${url.search}`,
      ...(typeof init?.body === 'string' ? { body: JSON.parse(init.body) as unknown } : {}),
    };
    calls.push(call);
    const answer = route(call) ?? { status: 404, body: { error: { code: 'tab.errors.invalid', message: 'no route' } } };
    return Promise.resolve({
      ok: (answer.status ?? 200) < 400,
      status: answer.status ?? 200,
      json: () => Promise.resolve(answer.body),
    } as Response);
  }) as typeof fetch;
  return { api: new Api({ lang: 'en', localUser: 'user-id-0' }), calls };
}

// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar asks for one to reflow long messages.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
