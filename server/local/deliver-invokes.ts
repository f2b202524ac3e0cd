/** Where the sample colleagues' clicks go: through the Agents Playground, or straight to the bot's endpoint. */
export type Channel = { via: 'playground'; url: string } | { via: 'bot'; url: string };

export interface Delivered {
  name: string;
  verb: string;
  /** The HTTP status the click was answered with (0 when nothing answered). */
  status: number;
}

/**
 * The Agents Playground behind a connector URL (`http://localhost:56150/_connector`), when it answers its
 * ping: then the clicks go through it, as if its own users clicked, and what the bot answers shows in its UI.
 */
export async function playgroundBehind(serviceUrl: string | undefined): Promise<string | undefined> {
  if (!serviceUrl) return undefined;
  let origin: string;
  try {
    origin = new URL(serviceUrl).origin;
  } catch {
    return undefined;
  }
  try {
    const response = await fetch(`${origin}/_debug/ping`, { signal: AbortSignal.timeout(2000) });
    return (await response.text()) === 'pong' ? origin : undefined;
  } catch {
    return undefined;
  }
}

/** The Playground's (undocumented) endpoint that hands any activity to the bot, or the bot's own endpoint. */
export async function channelFor(serviceUrl: string | undefined, botEndpoint: string): Promise<Channel> {
  const playground = await playgroundBehind(serviceUrl);
  return playground
    ? { via: 'playground', url: `${playground}/_internal/v1/customActivities` }
    : { via: 'bot', url: botEndpoint };
}

/** Sends the clicks one after the other, as members clicking in turn; a failed one does not stop the rest. */
export async function deliverInvokes(
  invokes: readonly { member: { name: string }; verb: string; activity: Record<string, unknown> }[],
  channel: Channel,
): Promise<Delivered[]> {
  const delivered: Delivered[] = [];
  for (const invoke of invokes) {
    let status = 0;
    try {
      const response = await fetch(channel.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(invoke.activity),
        signal: AbortSignal.timeout(15_000),
      });
      await response.arrayBuffer();
      status = response.status;
    } catch {
      status = 0;
    }
    delivered.push({ name: invoke.member.name, verb: invoke.verb, status });
  }
  return delivered;
}
