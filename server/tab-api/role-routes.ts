import type { Server } from 'restify';
import { changeObserverRole } from '../../domain/community/observer-role';
import type { RouteKit } from './meeting-routes';
import { param, parse } from './parse';
import { sendError } from './respond';
import { roleBody } from './schemas';

/**
 * The Community view's "name as observer" and "make member again": facilitators only, through the same use case as
 * `/observer @name` and `/member @name`. Only someone already in the community can be picked here.
 */
export function registerRoleRoutes(server: Server, { deps, member, answer }: RouteKit): void {
  server.put(
    '/api/tab/communities/:communityId/members/:userId/role',
    member(async (req, res, { community, member: m }) => {
      const body = parse(roleBody, req.body, req, res);
      if (!body) return;
      const target = await deps.store.members.get(community.id, param(req, 'userId'));
      if (!target && m.role === 'facilitator') return sendError(res, req, 404, { code: 'errors.http.notFound' });
      const person = target ? { userId: target.userId, name: target.name } : undefined;
      const input = { communityId: community.id, actorId: m.userId, person, role: body.role };
      await answer(req, res, changeObserverRole(deps, input));
    }),
  );
}
