import type { Deps } from '../../domain/ports';
import { reportRenderer } from '../report-rendering';

const KEPT = 20;

/**
 * The one-page PNG of an ended session's report, rendered as the filing worker renders it (in local mode and with
 * SharePoint alike), kept for the few sessions asked for last: a side panel that reloads on a live change asks again.
 */
export function reportPreviews(deps: Deps): (sessionId: string, version: string) => Promise<Buffer> {
  const render = reportRenderer(deps);
  const kept = new Map<string, Promise<Buffer>>();
  return (sessionId, version) => {
    const key = `${sessionId}:${version}`;
    const known = kept.get(key);
    if (known) return known;
    const png = render(sessionId).then((r) => r.png);
    png.catch(() => kept.delete(key));
    kept.set(key, png);
    if (kept.size > KEPT) kept.delete(kept.keys().next().value ?? key);
    return png;
  };
}
