import type { ChannelRef, Community } from '../community/community';
import { roleOf } from '../community/role-of';
import { retryOnConflict } from '../concurrency';
import { fail, ok, type ErrorCode, type Result } from '../errors';
import type { Deps } from '../ports';
import { namesOf } from '../session/start-session';
import { isArchived } from './archived';

const SESSION_RUNNING: ErrorCode = 'data.archive.sessionRunning';
const NO_COMMUNITY: ErrorCode = 'data.noCommunity';

export interface ArchiveInput {
  channel: ChannelRef;
  actorId: string;
  /** true: archive; false: reopen. */
  archived: boolean;
}

export interface ArchiveOutcome {
  community: Community;
  /** false when it already was as asked (a double click, a second /archive). */
  changed: boolean;
}

/**
 * /archive (`/archiveren`): at the end of a PLG (the handbook's "verankering") a facilitator makes the community
 * read-only: no sessions, card answers or planning any more; its history, reports and export stay. `/archive off`
 * reopens it. Facilitators only; not while a session runs (end it first, so its report is made).
 */
export async function setArchived(deps: Deps, input: ArchiveInput): Promise<Result<ArchiveOutcome>> {
  return retryOnConflict(async () => {
    const stored = await deps.store.communities.findByChannel(input.channel);
    if (!stored) return fail(NO_COMMUNITY);
    const community = stored.value;
    if ((await roleOf(deps, community.id, input.actorId)) !== 'facilitator') {
      return fail('errors.role.facilitatorOnly', { facilitators: await namesOf(deps, community.id) });
    }
    if (isArchived(community) === input.archived) return ok({ community, changed: false });
    if (input.archived && (await deps.store.sessions.latest(community.id))?.value.state.kind === 'running')
      return fail(SESSION_RUNNING);
    const next: Community = { ...community };
    if (input.archived) next.archivedAt = deps.clock.now().toISOString();
    else delete next.archivedAt;
    const saved = await deps.store.communities.save(next, stored.version);
    return saved.ok ? ok({ community: next, changed: true }) : 'conflict';
  });
}
