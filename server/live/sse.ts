import type { ServerResponse } from 'node:http';
import type { CommunityWatch } from './community-watch';

const HEARTBEAT_MS = 15_000;

/**
 * Streams `change` events of a community as server-sent events until the client goes away.
 * The tab reads them with fetch (EventSource cannot send the SSO token as a header).
 */
export function streamChanges(
  res: ServerResponse,
  onClose: (fn: () => void) => void,
  watch: CommunityWatch,
  communityId: string,
): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 2000\n\n');
  const unsubscribe = watch.subscribe(communityId, (fingerprint) => {
    res.write(`event: change\ndata: ${JSON.stringify({ fingerprint })}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  const stop = () => {
    clearInterval(heartbeat);
    unsubscribe();
    forget();
  };
  const forget = watch.onClose(() => {
    stop();
    res.end();
  });
  onClose(stop);
}
