import { retryOnConflict } from '../../concurrency';
import { fail, ok, type Result } from '../../errors';
import type { Contribution, Deps } from '../../ports';
import { namesOf } from '../../session/start-session';
import { POST_IT_KIND, type PostIt } from './board';

export const CLUSTER_NAME_MAX = 60;

export interface PostItChange {
  sessionId: string;
  postItId: string;
  actorId: string;
}

/**
 * Condensing (handbook §3.2): a facilitator groups post-its into clusters and drops what is not
 * relevant. Both are marks on the post-it itself (`cluster`, `dropped`); nothing is deleted.
 */
export function setCluster(
  deps: Deps,
  change: PostItChange & { cluster: string | null },
): Promise<Result<Contribution<PostIt>>> {
  const name = change.cluster?.trim() ?? '';
  if ([...name].length > CLUSTER_NAME_MAX)
    return Promise.resolve(
      fail('errors.input.tooLong', { field: 'cluster', length: [...name].length, max: CLUSTER_NAME_MAX }),
    );
  return changePostIt(deps, change, (data) => (name === '' ? without(data, 'cluster') : { ...data, cluster: name }));
}

/** Drops a post-it from the condensed view (or brings it back). */
export function setDropped(
  deps: Deps,
  change: PostItChange & { dropped: boolean },
): Promise<Result<Contribution<PostIt>>> {
  return changePostIt(deps, change, (data) => (change.dropped ? { ...data, dropped: true } : without(data, 'dropped')));
}

/** Takes a post-it that does not belong off the shared board (or puts it back); its author keeps seeing it. */
export function setHidden(
  deps: Deps,
  change: PostItChange & { hidden: boolean },
): Promise<Result<Contribution<PostIt>>> {
  return changePostIt(deps, change, (data) => (change.hidden ? { ...data, hidden: true } : without(data, 'hidden')));
}

const without = (data: PostIt, key: 'cluster' | 'dropped' | 'hidden'): PostIt => {
  const copy = { ...data };
  delete copy[key];
  return copy;
};

function changePostIt(
  deps: Deps,
  change: PostItChange,
  apply: (data: PostIt) => PostIt,
): Promise<Result<Contribution<PostIt>>> {
  return retryOnConflict(async () => {
    const stored = await deps.store.contributions.get<PostIt>(change.sessionId, POST_IT_KIND, change.postItId);
    if (!stored) return fail('errors.activity.gone');
    const { communityId } = stored.value;
    if ((await deps.store.members.get(communityId, change.actorId))?.role !== 'facilitator') {
      return fail('errors.role.facilitatorOnly', { facilitators: await namesOf(deps, communityId) });
    }
    const record = { ...stored.value, data: apply(stored.value.data) };
    const saved = await deps.store.contributions.save(record, stored.version);
    return saved.ok ? ok(record) : 'conflict';
  });
}
