import type { TokenCredential } from '@azure/identity';
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ActionItem } from '../../domain/activities/actions/actions';
import { linksOfAction, saveTodoLink, todoLinkId, todoLinks } from '../../domain/activities/actions/todo-links';
import type { Contribution, Deps, Logger } from '../../domain/ports';
import { createGraphClient, GRAPH_SCOPE } from '../filing/graph-client';
import { exchangeFailure, graphFailure, isNotFound, isServerError, TodoError } from './todo-error';
import { createTask, leerkringList, updateTask } from './todo-graph';

export interface TodoSettings {
  /** `https://graph.microsoft.com`, or the local Graph fake. */
  baseUrl: string;
  /** The on-behalf-of exchange of the member's own SSO token (never anybody else's). */
  exchange: (ssoToken: string) => TokenCredential;
  /** The Graph client's retries of 429 (after Retry-After), 503, 504; any 5xx is tried `serverRetries` more. */
  retry?: { delaySeconds: number; maxRetries: number };
  serverRetries?: number;
}

export interface TodoSync {
  /** Keeps a validated SSO token of this person (in memory only), for keeping their tasks in step later. */
  remember(aadObjectId: string, ssoToken: string): void;
  /** Sends the person's own actions to their To Do (list "Leerkring"); the ones sent before are brought in step. */
  send(aadObjectId: string, ssoToken: string, actions: Contribution<ActionItem>[]): Promise<number>;
  /** An action changed in Leerkring: everyone's task of it follows, in the background. */
  actionChanged(action: Contribution<ActionItem>): void;
  /** Resolves when no background sync is under way (tests, shutdown). */
  idle(): Promise<void>;
}

export function todoSync(deps: Deps, log: Logger, settings: TodoSettings): TodoSync {
  const signIns = new Map<string, TokenCredential>();
  const pending = new Set<Promise<void>>();
  const clientFor = async (credential: TokenCredential): Promise<Client> => {
    await credential.getToken(GRAPH_SCOPE).catch((error: unknown) => Promise.reject(exchangeFailure(error)));
    return createGraphClient({ baseUrl: settings.baseUrl, credential, retry: settings.retry });
  };
  const retried = async <T>(call: () => Promise<T>): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        if (isNotFound(error)) throw error;
        if (!isServerError(error) || attempt >= (settings.serverRetries ?? 2)) throw graphFailure(error);
      }
    }
  };
  const follow = async (action: Contribution<ActionItem>) => {
    for (const { value: link } of await linksOfAction(deps, action.sessionId, action.id)) {
      const credential = signIns.get(link.aadObjectId);
      const inStep = credential
        ? await clientFor(credential)
            .then((client) => retried(() => updateTask(client, link.listId, link.taskId, action.data)))
            .then(() => true)
            .catch((error: unknown) => (log.warn('To Do task not in step', { reason: describe(error) }), false))
        : false;
      await saveTodoLink(deps, { ...link, inStep });
    }
  };
  return {
    remember: (aadObjectId, ssoToken) => void signIns.set(aadObjectId, settings.exchange(ssoToken)),
    async send(aadObjectId, ssoToken, actions) {
      const credential = settings.exchange(ssoToken);
      const client = await clientFor(credential);
      signIns.set(aadObjectId, credential);
      const listId = await retried(() => leerkringList(client));
      for (const action of actions) {
        const id = todoLinkId({ sessionId: action.sessionId, actionId: action.id, aadObjectId });
        const known = (await deps.store.documents.get(todoLinks, id))?.value;
        // Sent before: the task follows; unless the member deleted it in To Do (404), then it is made again.
        const kept =
          known &&
          (await retried(() => updateTask(client, known.listId, known.taskId, action.data)).then(
            () => true,
            (error: unknown) => {
              if (isNotFound(error)) return false;
              throw error;
            },
          ));
        if (known && kept) {
          await saveTodoLink(deps, { ...known, inStep: true });
          continue;
        }
        const taskId = await retried(() => createTask(client, listId, action.data));
        const link = { aadObjectId, communityId: action.communityId, sessionId: action.sessionId, actionId: action.id };
        await saveTodoLink(deps, { ...link, listId, taskId, inStep: true });
      }
      return actions.length;
    },
    actionChanged(action) {
      const run = follow(action)
        .catch((error: unknown) => log.warn('To Do sync failed', { reason: describe(error) }))
        .finally(() => pending.delete(run));
      pending.add(run);
    },
    idle: async () => void (await Promise.all([...pending])),
  };
}

const describe = (error: unknown) => (error instanceof TodoError ? `${error.code}: ${error.message}` : String(error));
