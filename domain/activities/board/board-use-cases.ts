import { fail, ok, type Result } from '../../errors';
import type { Contribution, Deps } from '../../ports';
import { shortId } from '../../short-id';
import { changeInPhase, inPhase, type ActivityContext, type ActivityTarget } from '../activity-context';
import { POST_IT_KIND, categoriesOf, isBoard, parsePostIt, sharedPostIts, type PostIt } from './board';

/** A board as one member sees it: their own post-its (hidden ones too), and how many the group sees. */
export interface BoardState extends ActivityContext {
  categories: readonly string[];
  mine: Contribution<PostIt>[];
  total: number;
  authors: number;
}

export type RawPostIt = { text?: unknown; category?: unknown };

/**
 * Adds a post-it. `token` comes with the card the member typed on: the same token with the same
 * text is a double click or a retried request and adds nothing the second time.
 */
export function addPostIt(
  deps: Deps,
  target: ActivityTarget & { raw: RawPostIt; token: string },
): Promise<Result<{ board: BoardState; added: boolean }>> {
  let id = shortId(`${target.actor.userId}:${target.token}`);
  // Read while the checks read theirs: on Azure Table storage each read is a round trip of its own.
  const sameRead = deps.store.contributions.get<PostIt>(target.sessionId, POST_IT_KIND, id);
  sameRead.catch(() => undefined); // refused by the checks, nobody asks for it
  return inPhase(deps, target, isBoard, async (context) => {
    const postIt = parsePostIt(target.raw, categoriesOf(context.phase));
    if (!postIt.ok) return postIt;
    const base = contribution(context, target, postIt.value, deps.clock.now());
    const same = await sameRead;
    if (same?.value.data.text === postIt.value.text)
      return ok({ board: await boardState(deps, context, target.actor.userId), added: false });
    if (same) id = shortId(`${id}:${deps.ids.next()}`); // an old card's token reused for a new post-it
    await deps.store.contributions.save({ ...base, id }, null);
    return ok({ board: await boardState(deps, context, target.actor.userId), added: true });
  });
}

/** Changes the text (or category) of one's own post-it. */
export function editPostIt(
  deps: Deps,
  target: ActivityTarget & { id: string; raw: RawPostIt },
): Promise<Result<BoardState>> {
  return changeInPhase(deps, target, isBoard, async (context) => {
    const existing = await ownPostIt(deps, target);
    if (!existing.ok) return existing;
    const postIt = parsePostIt(target.raw, categoriesOf(context.phase));
    if (!postIt.ok) return postIt;
    // The facilitator's marks (cluster, dropped) stay when the author edits the text.
    const saved = await deps.store.contributions.save(
      { ...existing.value.value, data: { ...existing.value.value.data, ...postIt.value } },
      existing.value.version,
    );
    if (!saved.ok) return 'conflict';
    return ok(await boardState(deps, context, target.actor.userId));
  });
}

/** Takes one's own post-it off the board. Withdrawing one that is already gone changes nothing. */
export function withdrawPostIt(deps: Deps, target: ActivityTarget & { id: string }): Promise<Result<BoardState>> {
  return changeInPhase(deps, target, isBoard, async (context) => {
    const existing = await ownPostIt(deps, target);
    if (!existing.ok && existing.error.code === 'errors.activity.gone')
      return ok(await boardState(deps, context, target.actor.userId));
    if (!existing.ok) return existing;
    const removed = await deps.store.contributions.remove(
      target.sessionId,
      POST_IT_KIND,
      target.id,
      existing.value.version,
    );
    if (!removed.ok) return 'conflict';
    return ok(await boardState(deps, context, target.actor.userId));
  });
}

/** The post-its of one phase, oldest first. */
export const postItsOf = async (deps: Deps, sessionId: string, phaseIndex: number): Promise<Contribution<PostIt>[]> =>
  (await deps.store.contributions.list<PostIt>(sessionId, POST_IT_KIND)).filter((c) => c.phaseIndex === phaseIndex);

/** The board of one phase as `userId` sees it. */
export async function boardState(deps: Deps, context: ActivityContext, userId: string): Promise<BoardState> {
  const all = await postItsOf(deps, context.session.value.id, context.phaseIndex);
  const shared = sharedPostIts(all);
  return {
    ...context,
    categories: categoriesOf(context.phase),
    mine: all.filter((c) => c.authorId === userId),
    total: shared.length,
    authors: new Set(shared.map((c) => c.authorId)).size,
  };
}

async function ownPostIt(deps: Deps, target: ActivityTarget & { id: string }) {
  const existing = await deps.store.contributions.get<PostIt>(target.sessionId, POST_IT_KIND, target.id);
  if (!existing) return fail<never>('errors.activity.gone');
  if (existing.value.authorId !== target.actor.userId) return fail<never>('errors.activity.notYours');
  return ok(existing);
}

function contribution(
  context: ActivityContext,
  target: ActivityTarget,
  data: PostIt,
  now: Date,
): Omit<Contribution<PostIt>, 'id'> {
  return {
    communityId: context.community.id,
    sessionId: context.session.value.id,
    phaseIndex: target.phaseIndex,
    kind: POST_IT_KIND,
    authorId: target.actor.userId,
    data,
    createdAt: now.toISOString(),
  };
}
