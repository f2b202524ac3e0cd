import fs from 'node:fs';
import path from 'node:path';

/** A sample person of local mode: the same people the Agents Playground plays. */
export interface LocalUser {
  userId: string;
  name: string;
  aadObjectId: string;
}

/** Where the Playground's sample team lives, so the local tab opens that channel's community. */
export interface LocalPlace {
  teamId: string;
  channelId: string;
}

export interface LocalSample {
  users: LocalUser[];
  place?: LocalPlace;
  /** The Playground's current user, the one at the keyboard; the others are the sample colleagues. */
  currentUserId?: string;
}

export const PLAYGROUND_CONFIG = path.join(__dirname, '..', '..', '.m365agentsplayground.yml');

/**
 * Reads the current user, the five users and the first channel of `.m365agentsplayground.yml`.
 * The file is ours and flat, so a line reader is enough (no YAML dependency for three fields).
 */
export function readLocalSample(file = PLAYGROUND_CONFIG): LocalSample {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { users: [] };
  }
  const users: LocalUser[] = [];
  let current: Partial<LocalUser> | undefined;
  let section = '';
  let teamId: string | undefined;
  let channelId: string | undefined;
  let currentUserId: string | undefined;
  const flush = () => {
    if (current?.userId && current.name)
      users.push({ userId: current.userId, name: current.name, aadObjectId: current.aadObjectId ?? current.userId });
    current = undefined;
  };
  for (const line of text.split('\n')) {
    const top = /^(\w+):/.exec(line);
    if (top) {
      flush();
      section = top[1] ?? '';
      if (section === 'currentUser') current = {};
      continue;
    }
    const field = /^\s*(-\s+)?(\w+):\s*"?([^"#\n]*?)"?\s*$/.exec(line);
    if (!field) continue;
    const [, dash, key, value] = field;
    if (section === 'users' && dash && key === 'id') {
      flush();
      current = {};
    }
    if ((section === 'users' || section === 'currentUser') && current) {
      if (key === 'id') current.userId = value;
      if (key === 'id' && section === 'currentUser') currentUserId = value;
      if (key === 'name') current.name = value;
      if (key === 'aadObjectId') current.aadObjectId = value;
    }
    if (section === 'team' && key === 'id') {
      if (dash) channelId ??= value;
      else teamId ??= value;
    }
  }
  flush();
  return {
    users,
    ...(teamId && channelId ? { place: { teamId, channelId } } : {}),
    ...(currentUserId ? { currentUserId } : {}),
  };
}
