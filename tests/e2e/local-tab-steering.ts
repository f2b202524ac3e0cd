import path from 'node:path';
import Database from 'better-sqlite3';
import type { Stack } from './local-stack';

/**
 * A facilitator's control that lives in their own view of a card (`refresh`, which the Playground does not show),
 * used from the tab instead: the tab API in local mode, as the local identity `userId` (loopback only).
 */
export async function steerFromTab(
  stack: Stack,
  what: 'open-vote' | 'reveal',
  phaseIndex: number,
  userId = 'user-id-0',
): Promise<void> {
  const db = new Database(path.join(stack.dataDir, 'leerkring.db'), { readonly: true, fileMustExist: true });
  const community = (() => {
    try {
      return db.prepare('SELECT id FROM communities').get() as { id: string } | undefined;
    } finally {
      db.close();
    }
  })();
  if (!community) throw new Error('no community in the store yet');
  const response = await fetch(`${stack.botUrl}/api/tab/communities/${community.id}/session/${what}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-leerkring-local-user': userId },
    body: JSON.stringify({ phaseIndex }),
  });
  if (response.status !== 200) throw new Error(`${what} from the tab answered ${response.status}`);
}
