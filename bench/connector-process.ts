/**
 * The stub Bot Connector in a process of its own, so that answering the bots' outbound calls does
 * not share an event loop with the load generator. Spoken to over the IPC channel of `fork`/`spawn`:
 *   → { type: 'ready', url }                      once listening
 *   ← { type: 'clear' }        → { type: 'cleared', dropped }   (forgets calls and 429s, not the limit windows)
 *   ← { type: 'lastReply' }    → { type: 'lastReply', call }    (the newest 'reply' call, or null)
 *   ← { type: 'posted' }       → { type: 'posted', calls }      ('send' and 'reply' calls since the last clear)
 *   ← { type: 'updates', activityId? } → { type: 'updates', calls }
 *                              ('update' calls since the last clear, of one activity if given)
 *   ← { type: 'stats' }        → { type: 'stats', byKind, throttled }
 *                              (accepted calls by kind, and 429s, since the last clear)
 * Started with `--teams-limits` it enforces Teams' per-thread limits (`enforceTeamsLimits`): a call
 * over a limit is answered 429 + Retry-After and counted in `throttled`.
 * Exits on SIGTERM or when the parent goes away (the IPC channel closes), so it never outlives the bench.
 */
import { FakeBotConnector, type ConnectorCall } from '../tests/fakes/bot-connector';

export type ConnectorRequest =
  | { type: 'clear' }
  | { type: 'lastReply' }
  | { type: 'posted' }
  | { type: 'updates'; activityId?: string }
  | { type: 'stats' };
export type ConnectorMessage =
  | { type: 'ready'; url: string; enforcesTeamsLimits: boolean }
  | { type: 'cleared'; dropped: number }
  | { type: 'lastReply'; call: ConnectorCall | null }
  | { type: 'posted'; calls: ConnectorCall[] }
  | { type: 'updates'; calls: ConnectorCall[] }
  | { type: 'stats'; byKind: Record<string, number>; throttled: number };

async function main(): Promise<void> {
  if (!process.send) throw new Error('connector-process must be started with an IPC channel');
  const enforcesTeamsLimits = process.argv.slice(2).includes('--teams-limits');
  const connector = new FakeBotConnector({ enforceTeamsLimits: enforcesTeamsLimits });
  const url = await connector.start();
  const send = (message: ConnectorMessage) => process.send?.(message);

  process.on('message', (request: ConnectorRequest) => {
    switch (request.type) {
      case 'clear': {
        const dropped = connector.calls.length;
        connector.calls.length = 0;
        connector.throttled.length = 0;
        send({ type: 'cleared', dropped });
        return;
      }
      case 'lastReply': {
        const replies = connector.calls.filter((c) => c.kind === 'reply');
        send({ type: 'lastReply', call: replies[replies.length - 1] ?? null });
        return;
      }
      case 'posted': {
        send({ type: 'posted', calls: connector.sent() });
        return;
      }
      case 'updates': {
        send({
          type: 'updates',
          calls: connector
            .updates()
            .filter((c) => request.activityId === undefined || c.activityId === request.activityId),
        });
        return;
      }
      case 'stats': {
        const byKind: Record<string, number> = {};
        for (const c of connector.calls) byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
        send({ type: 'stats', byKind, throttled: connector.throttled.length });
        return;
      }
    }
  });
  process.on('disconnect', () => process.exit(0));
  process.on('SIGTERM', () => process.exit(0));
  // Ctrl-C reaches every process of the terminal's group: stay up until the bench stops us, after
  // the bots, so that a bot finishing its pending card updates on shutdown still gets answers.
  process.on('SIGINT', () => undefined);
  send({ type: 'ready', url, enforcesTeamsLimits });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `connector-process: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
