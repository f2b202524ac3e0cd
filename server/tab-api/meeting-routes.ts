import type { Request, Response, Server } from 'restify';
import type { z } from 'zod';
import type { SessionChange } from '../../bot/create-bot';
import type { ActivityContext } from '../../domain/activities/activity-context';
import { addPostIt } from '../../domain/activities/board/board-use-cases';
import { submitCheckIn } from '../../domain/activities/check-in/submit-check-in';
import { castBallot } from '../../domain/activities/dot-vote/dot-vote-use-cases';
import type { Membership } from '../../domain/community/community';
import { rateDriver } from '../../domain/driver/rate-driver';
import type { Result } from '../../domain/errors';
import { pinStageView } from '../../domain/meeting/stage-pin';
import type { Deps } from '../../domain/ports';
import { endFromCard, extendFromCard } from '../../domain/session/steer-from-card';
import type { Steered } from '../../domain/session/steer-session';
import type { Access } from './access';
import { param, parse, type CommunityHandler } from './parse';
import { reportPreviews } from './report-preview';
import { sendError } from './respond';
import { ballotBody, checkInBody, phaseBody, pinBody, postItBody, ratingBody } from './schemas';
import { meetingView } from './views/meeting-view';
import { stageView } from './views/stage-view';

/** What the tab API's routes share: the member check, the answer to a use case's result, and the channel's cards. */
export interface RouteKit {
  deps: Deps;
  member: (handler: CommunityHandler) => (req: Request, res: Response) => Promise<void>;
  answer: <T>(
    req: Request,
    res: Response,
    result: Promise<Result<T>>,
    after?: (v: T) => Promise<void>,
  ) => Promise<void>;
  notify: (change: SessionChange) => Promise<void>;
}

const actorOf = (m: Membership) => ({
  userId: m.userId,
  name: m.name,
  ...(m.aadObjectId ? { aadObjectId: m.aadObjectId } : {}),
});

/**
 * The meeting's side panel and stage: their read models, and the member's own input through the same use cases as the
 * cards (check in, a post-it, dots, the driver rating), a facilitator's five more minutes and the pinned stage view.
 * Every change reaches the channel's cards as a change from the tab does.
 */
export function registerMeetingRoutes(server: Server, kit: RouteKit): void {
  const { deps, member, answer, notify } = kit;
  const c = '/api/tab/communities/:communityId';
  server.get(
    `${c}/meeting`,
    member(async (_req, res, { community, member: m }) => void res.json(200, await meetingView(deps, community, m))),
  );
  const preview = reportPreviews(deps);
  server.get(
    `${c}/sessions/:sessionId/report.png`,
    member(async (req, res, { community }) => {
      const session = await deps.store.sessions.get(param(req, 'sessionId'));
      if (session?.value.communityId !== community.id || session.value.state.kind !== 'ended')
        return sendError(res, req, 404, { code: 'errors.http.notFound' });
      const png = await preview(session.value.id, session.version);
      res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'private, max-age=60' });
      res.end(png);
    }),
  );
  server.get(
    `${c}/stage`,
    member(async (_req, res, { community }) => void res.json(200, await stageView(deps, community))),
  );
  server.put(
    `${c}/stage/pin`,
    member(async (req, res, { community, member: m }) => {
      const body = parse(pinBody, req.body, req, res);
      if (body) await answer(req, res, pinStageView(deps, { communityId: community.id, actorId: m.userId, ...body }));
    }),
  );
  // Five minutes more, and the end of the session: the card buttons' use cases, guarded by the phase the panel showed.
  for (const [path, steer, what] of [
    ['extend', extendFromCard, 'extended'],
    ['end', endFromCard, 'ended'],
  ] as const) {
    server.post(
      `${c}/session/${path}`,
      member(async (req, res, { community, member: m }) => {
        const body = parse(phaseBody, req.body, req, res);
        if (!body) return;
        const input = { channel: community.channel, actorId: m.userId, phaseIndex: body.phaseIndex };
        await answer(req, res, steer(deps, input), (v: Steered) =>
          notify({ what, ...v, phaseIndex: body.phaseIndex, actor: actorOf(m) }),
        );
      }),
    );
  }
  const contributed = (v: ActivityContext) =>
    notify({ what: 'contributed', session: v.session.value, community: v.community, phaseIndex: v.phaseIndex });
  server.post(
    `${c}/check-in`,
    running(kit, checkInBody, async (req, res, { sessionId, actor }, raw) => {
      await answer(req, res, submitCheckIn(deps, { sessionId, actor, raw }), (v) =>
        v.outcome === 'unchanged'
          ? Promise.resolve()
          : notify({ what: 'checked-in', session: v.session, community: v.community, phaseIndex: 0 }),
      );
    }),
  );
  server.post(
    `${c}/post-its`,
    running(kit, postItBody, async (req, res, { sessionId, actor }, { phaseIndex, text, category, token }) => {
      const added = addPostIt(deps, { sessionId, phaseIndex, actor, raw: { text, category }, token });
      await answer(req, res, added, (v) => (v.added ? contributed(v.board) : Promise.resolve()));
    }),
  );
  server.put(
    `${c}/ballot`,
    running(kit, ballotBody, async (req, res, { sessionId, actor }, { phaseIndex, dots }) => {
      const raw = Object.fromEntries(Object.entries(dots).map(([id, n]) => [`dots_${id}`, n]));
      await answer(req, res, castBallot(deps, { sessionId, phaseIndex, actor, raw }), contributed);
    }),
  );
  server.put(
    `${c}/driver-rating`,
    running(kit, ratingBody, async (req, res, { sessionId, actor }, { phaseIndex, score }) => {
      await answer(req, res, rateDriver(deps, { sessionId, phaseIndex, actor, raw: score }), contributed);
    }),
  );
}

type Contribute<T> = (
  req: Request,
  res: Response,
  where: { sessionId: string; actor: ReturnType<typeof actorOf>; access: Access },
  body: T,
) => Promise<void>;

/** A member's contribution to the running session, with its body checked; refused when no session runs. */
function running<T>(kit: RouteKit, schema: z.ZodType<T>, handle: Contribute<T>) {
  return kit.member(async (req, res, access) => {
    const body = parse(schema, req.body, req, res);
    if (!body) return;
    const latest = await kit.deps.store.sessions.latest(access.community.id);
    if (latest?.value.state.kind !== 'running') return sendError(res, req, 409, { code: 'errors.session.noneRunning' });
    await handle(req, res, { sessionId: latest.value.id, actor: actorOf(access.member), access }, body);
  });
}
