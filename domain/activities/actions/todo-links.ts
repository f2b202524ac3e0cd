import { collection } from '../../collection';
import type { Deps } from '../../ports';

/**
 * One action sent to one person's Microsoft To Do: the task it became there. Kept per person (their Entra object
 * id), so nobody's task is ever changed with another person's sign-in. `inStep` is false while a change made in
 * Leerkring has not reached the task yet (To Do was down, or no sign-in of theirs was at hand).
 */
export interface TodoLink {
  aadObjectId: string;
  communityId: string;
  sessionId: string;
  actionId: string;
  listId: string;
  taskId: string;
  inStep: boolean;
}

const text = (value: unknown, field: string): string => {
  if (typeof value !== 'string' || value === '' || value.length > 500) throw new Error(`todo link: bad ${field}`);
  return value;
};

/** Reads a stored link, refusing a record that lacks a field (it would point at nobody's task). */
export function readTodoLink(raw: unknown): TodoLink {
  const r = (raw ?? {}) as Record<keyof TodoLink, unknown>;
  return {
    aadObjectId: text(r.aadObjectId, 'aadObjectId'),
    communityId: text(r.communityId, 'communityId'),
    sessionId: text(r.sessionId, 'sessionId'),
    actionId: text(r.actionId, 'actionId'),
    listId: text(r.listId, 'listId'),
    taskId: text(r.taskId, 'taskId'),
    inStep: r.inStep !== false,
  };
}

export const todoLinks = collection<TodoLink>('todo-links', readTodoLink);

/** Links sort by action, so every person's link of one action lists with one prefix. */
const prefixOf = (sessionId: string, actionId: string) => `${sessionId}/${actionId}/`;
export const todoLinkId = (link: Pick<TodoLink, 'sessionId' | 'actionId' | 'aadObjectId'>): string =>
  `${prefixOf(link.sessionId, link.actionId)}${link.aadObjectId}`;

/** Everyone's link of an action (usually only its owner's). */
export const linksOfAction = (deps: Deps, sessionId: string, actionId: string) =>
  deps.store.documents.list(todoLinks, prefixOf(sessionId, actionId));

/** Creates or replaces a person's link of an action (a concurrent save of the same link is tried again). */
export async function saveTodoLink(deps: Deps, link: TodoLink): Promise<void> {
  const id = todoLinkId(link);
  for (let attempt = 0; attempt < 3; attempt++) {
    const stored = await deps.store.documents.get(todoLinks, id);
    if ((await deps.store.documents.save(todoLinks, id, link, stored?.version ?? null)).ok) return;
  }
}
