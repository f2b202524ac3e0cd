import type { Request, Response, Server } from 'restify';
import { communitiesFacilitatedBy } from '../../domain/meeting/facilitated-communities';
import { linkMeeting } from '../../domain/meeting/meeting-link';
import type { Deps } from '../../domain/ports';
import type { Identity } from '../auth/sso-token';
import { memberOf } from './access';
import { parse } from './parse';
import { sendError, statusOf } from './respond';
import { meetingLinkBody } from './schemas';

type Authed = (
  handler: (req: Request, res: Response, who: Identity) => Promise<void>,
) => (req: Request, res: Response) => Promise<void>;

/**
 * The meeting tab's link to a community: which communities the caller facilitates (the only ones they may link the
 * meeting chat to), and the link itself. The chat id comes from the tab's Teams context.
 */
export function registerMeetingLinkRoutes(server: Server, deps: Deps, authed: Authed): void {
  server.get(
    '/api/tab/meeting/communities',
    authed(async (_req, res, who) => {
      const mine = await communitiesFacilitatedBy(deps, { aadObjectId: who.oid, ...asker(who) });
      res.json(200, { communities: mine.map(({ community: c }) => ({ id: c.id, name: c.name })) });
    }),
  );
  server.post(
    '/api/tab/meeting/link',
    authed(async (req, res, who) => {
      const body = parse(meetingLinkBody, req.body, req, res);
      if (!body) return;
      // As everywhere in the tab, someone outside the community learns nothing of it.
      const access = await memberOf(deps, body.communityId, who);
      if (!access) return sendError(res, req, 403, { code: 'tab.errors.notMember' });
      if (access.member.role === 'observer')
        return sendError(res, req, 403, { code: 'errors.role.observerCannotContribute' });
      const linked = await linkMeeting(deps, { ...body, actorId: access.member.userId });
      if (!linked.ok) return sendError(res, req, statusOf(linked.error), linked.error);
      res.json(200, { community: { id: linked.value.community.id, name: linked.value.community.name } });
    }),
  );
}

const asker = (who: Identity) => (who.userId ? { userId: who.userId } : {});
