import { addPostIt } from '../../domain/activities/board/board-use-cases';
import type { Person } from '../../domain/community/community';
import type { Deps } from '../../domain/ports';

/** A post-it as a member types it: its text, and the category when the board has them. */
export type TypedPostIt = string | { text: string; category?: string };

/**
 * The post-its on the board of a session's phase, as the use case takes them: the authors write them in turn
 * (the first, the second, …, the first again), each with its own token `<tokenPrefix><i>`.
 */
export async function putUpInTurn(
  deps: Deps,
  board: { sessionId: string; phaseIndex: number },
  authors: readonly Person[],
  postIts: readonly TypedPostIt[],
  tokenPrefix: string,
): Promise<void> {
  for (const [i, postIt] of postIts.entries()) {
    const raw = typeof postIt === 'string' ? { text: postIt } : postIt;
    const added = await addPostIt(deps, {
      ...board,
      actor: authors[i % authors.length]!,
      raw,
      token: `${tokenPrefix}${i}`,
    });
    if (!added.ok) throw new Error(`${added.error.code}: ${raw.text}`);
  }
}
