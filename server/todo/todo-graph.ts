import type { Client } from '@microsoft/microsoft-graph-client';
import type { ActionItem } from '../../domain/activities/actions/actions';

/** The To Do list Leerkring puts a member's actions in (learn.microsoft.com/graph/api/resources/todotasklist). */
export const TODO_LIST_NAME = 'Leerkring';

interface TodoTaskList {
  id: string;
  displayName: string;
}

/** A todoTask as Leerkring writes it: the action's text, its due date, done or not. */
export const taskOf = (action: ActionItem) => ({
  title: action.what,
  dueDateTime: { dateTime: `${action.due}T00:00:00`, timeZone: 'UTC' },
  status: action.status === 'done' ? 'completed' : 'notStarted',
});

/** The member's list "Leerkring", created when they have none yet (GET /me/todo/lists, POST /me/todo/lists). */
export async function leerkringList(client: Client): Promise<string> {
  const found = (await client.api('/me/todo/lists').get()) as { value: TodoTaskList[] };
  const list = found.value.find((l) => l.displayName === TODO_LIST_NAME);
  if (list) return list.id;
  const created = (await client.api('/me/todo/lists').post({ displayName: TODO_LIST_NAME })) as TodoTaskList;
  return created.id;
}

/** POST /me/todo/lists/{id}/tasks: the new task's id. */
export async function createTask(client: Client, listId: string, action: ActionItem): Promise<string> {
  const path = `/me/todo/lists/${encodeURIComponent(listId)}/tasks`;
  return ((await client.api(path).post(taskOf(action))) as { id: string }).id;
}

/** PATCH /me/todo/lists/{id}/tasks/{taskId}: the task follows the action as it is now. */
export async function updateTask(client: Client, listId: string, taskId: string, action: ActionItem): Promise<void> {
  const path = `/me/todo/lists/${encodeURIComponent(listId)}/tasks/${encodeURIComponent(taskId)}`;
  await client.api(path).patch(taskOf(action));
}
