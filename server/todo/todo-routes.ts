import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { ACTION_KIND, type ActionItem } from '../../domain/activities/actions/actions';
import type { Contribution, Deps } from '../../domain/ports';
import type { Identity } from '../auth/sso-token';
import { memberOf } from '../tab-api/access';
import { parse } from '../tab-api/parse';
import { sendError, type ApiError } from '../tab-api/respond';
import { TodoError, type TodoErrorCode } from './todo-error';
import type { TodoSync } from './todo-sync';

type Authed = (
  handler: (req: Request, res: Response, who: Identity) => Promise<void>,
) => (req: Request, res: Response) => Promise<void>;

const id = z.string().min(1).max(200);
export const todoBody = z.object({
  actions: z
    .array(z.object({ communityId: id, sessionId: id, actionId: id }))
    .min(1)
    .max(100),
});

const STATUS: Record<TodoErrorCode, number> = {
  'tab.errors.todoConsent': 403,
  'tab.errors.todoUnavailable': 503,
  'tab.errors.todoNeedsTeams': 409,
  'tab.errors.signIn': 401,
};

/**
 * POST /api/tab/todo: the caller's own actions to their Microsoft To Do, on their own behalf: the Graph token comes
 * from exchanging the SSO token of this very request, so nobody can send (or see) another person's tasks.
 */
export function registerTodoRoutes(server: Server, deps: Deps, authed: Authed, todo: TodoSync | undefined): void {
  server.post(
    '/api/tab/todo',
    authed(async (req, res, who) => {
      const body = parse(todoBody, req.body, req, res);
      if (!body) return;
      const ssoToken = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      // Local mode plays people without a Teams sign-in: To Do has nobody to act for.
      if (!todo || who.local || !ssoToken) return sendError(res, req, 409, { code: 'tab.errors.todoNeedsTeams' });
      const actions: Contribution<ActionItem>[] = [];
      for (const wanted of body.actions) {
        const found = await ownAction(deps, who, wanted);
        if ('code' in found) return sendError(res, req, found.code === 'tab.errors.notMember' ? 403 : 404, found);
        actions.push(found);
      }
      try {
        res.json(200, { sent: await todo.send(who.oid, ssoToken, actions) });
      } catch (error) {
        if (!(error instanceof TodoError)) throw error;
        sendError(res, req, STATUS[error.code], { code: error.code });
      }
    }),
  );
}

/** The action if it is the caller's own, in a community they belong to; else why not (without saying whose it is). */
async function ownAction(
  deps: Deps,
  who: Identity,
  wanted: z.infer<typeof todoBody>['actions'][number],
): Promise<Contribution<ActionItem> | ApiError> {
  const access = await memberOf(deps, wanted.communityId, who);
  if (!access) return { code: 'tab.errors.notMember' };
  const action = await deps.store.contributions.get<ActionItem>(wanted.sessionId, ACTION_KIND, wanted.actionId);
  if (action?.value.communityId !== wanted.communityId || action.value.data.ownerId !== access.member.userId)
    return { code: 'errors.action.gone' };
  return action.value;
}
