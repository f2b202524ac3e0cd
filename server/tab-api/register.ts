import { randomBytes } from 'node:crypto';
import { createExportLink } from '../../domain/data/export-links';
import type { Next, Request, Response, Server } from 'restify';
import type { z } from 'zod';
import type { SessionChange } from '../../bot/create-bot';
import type { ActivityContext, ActivityTarget } from '../../domain/activities/activity-context';
import { isBoard } from '../../domain/activities/board/board';
import { revealBoard } from '../../domain/activities/board/board-visibility';
import { setCluster, setDropped, setHidden } from '../../domain/activities/board/clusters';
import { openVote, revealVotes } from '../../domain/activities/dot-vote/dot-vote-use-cases';
import { rescheduleAction, setActionStatus } from '../../domain/activities/actions/actions-use-cases';
import { latestCheckIns } from '../../domain/activities/check-in/check-in-overview';
import { planTopic, reorderTopics } from '../../domain/community/topics';
import { editDriver } from '../../domain/driver/edit-driver';
import type { Result } from '../../domain/errors';
import type { Deps, Logger } from '../../domain/ports';
import { saveAgendaDraft } from '../../domain/session/edit-agenda';
import { moveSessionPhase } from '../../domain/session/steer-session';
import type { Session } from '../../domain/session/session';
import { authenticate, isLoopback, type AuthSettings } from '../auth/authenticate';
import type { LocalPlace } from '../auth/local-identities';
import type { Identity } from '../auth/sso-token';
import type { CommunityWatch } from '../live/community-watch';
import { streamChanges } from '../live/sse';
import { memberOf, type Access } from './access';
import { registerMeetingLinkRoutes } from './meeting-link-routes';
import { registerMeetingRoutes } from './meeting-routes';
import { registerRoleRoutes } from './role-routes';
import { registerOverviewRoutes } from './overview-routes';
import { communityAt } from '../../domain/meeting/meeting-link';
import { param, parse, type CommunityHandler } from './parse';
import { sendError, statusOf } from './respond';
import {
  actionChangeBody,
  agendaDraftBody,
  driverBody,
  placeQuery,
  postItMarkBody,
  revealBody,
  stepBody,
  topicOrderBody,
  topicPlanBody,
} from './schemas';
import { agendaView } from './views/agenda-view';
import { communityView } from './views/community-view';
import { driverView } from './views/driver-view';
import { driverCardsOf } from './views/driver-contributions';
import { historyView } from './views/history-view';
import { myActionsView } from './views/my-actions-view';
import { topicsView } from './views/topics-view';
import { registerTodoRoutes } from '../todo/todo-routes';
import type { TodoSync } from '../todo/todo-sync';

export interface TabApiDeps {
  deps: Deps;
  auth: AuthSettings;
  watch: CommunityWatch;
  log: Logger;
  /** Local mode: the Playground's sample channel, opened when the page names none. */
  localPlace?: LocalPlace;
  /** The SSO app the tab asks Teams for a token of (absent in local mode). */
  ssoClientId?: string;
  onSessionChange?: (change: SessionChange) => Promise<void>;
  /** Sending actions to Microsoft To Do (absent without a delegated Graph configuration). */
  todo?: TodoSync;
}

const BASE = '/api/tab';
type Handler = (req: Request, res: Response, who: Identity) => Promise<void>;

/** Registers the tab's REST API and its live-update stream on the server. */
export function registerTabApi(server: Server, api: TabApiDeps): void {
  const { deps } = api;
  const authed = (handler: Handler) => async (req: Request, res: Response) => {
    const outcome = await authenticate(req, api.auth);
    if (!outcome.ok)
      return sendError(res, req, outcome.status, {
        code: outcome.status === 401 ? 'tab.errors.signIn' : 'tab.errors.loopbackOnly',
      });
    await handler(req, res, outcome.identity);
  };
  const member = (handler: CommunityHandler) =>
    authed(async (req, res, who) => {
      const access = await memberOf(deps, param(req, 'communityId'), who);
      if (!access) return sendError(res, req, 403, { code: 'tab.errors.notMember' });
      // Observers read what the channel sees; every change they try, on any route, is refused here.
      if (req.method !== 'GET' && access.member.role === 'observer')
        return sendError(res, req, 403, { code: 'errors.role.observerCannotContribute' });
      await handler(req, res, access, who);
    });
  const answer = async <T>(
    req: Request,
    res: Response,
    result: Promise<Result<T>>,
    after?: (value: T) => Promise<void>,
  ) => {
    const outcome = await result;
    if (!outcome.ok) return sendError(res, req, statusOf(outcome.error), outcome.error);
    if (after)
      await after(outcome.value).catch((error: unknown) =>
        api.log.warn('tab change not passed on to the channel', { error: String(error) }),
      );
    res.json(200, { ok: true });
  };
  /** A member's change with a body checked against `schema`: the use case's outcome is the answer. */
  const memberChange = <S extends z.ZodType, T>(
    schema: S,
    change: (body: z.infer<S>, access: Access, req: Request) => Promise<Result<T>>,
    after?: (value: T) => Promise<void>,
  ) =>
    member(async (req, res, access) => {
      const body = parse(schema, req.body, req, res);
      if (body) await answer(req, res, change(body, access, req), after);
    });
  const notify = (change: SessionChange) => api.onSessionChange?.(change) ?? Promise.resolve();

  server.get(`${BASE}/settings`, (req: Request, res: Response, next: Next) => {
    const local = api.auth.mode === 'local' && isLoopback(req.socket.remoteAddress);
    res.json(200, {
      mode: api.auth.mode,
      ...(api.ssoClientId ? { ssoClientId: api.ssoClientId } : {}),
      ...(local ? { localUsers: api.auth.localUsers, localPlace: api.localPlace } : {}),
    });
    next();
  });

  server.get(
    `${BASE}/me`,
    authed(async (req, res, who) => {
      const place = parse(placeQuery, Object.fromEntries(new URL(req.url ?? '/', 'http://tab').searchParams), req, res);
      const user = { name: who.name, local: who.local };
      if (!place) return;
      // A meeting chat's tab finds the community the chat was linked to.
      const community = await communityAt(deps, { teamId: place.teamId || null, channelId: place.channelId });
      // A non-member hears the same as for a channel without a community: the tab does not tell who has one.
      const access = community ? await memberOf(deps, community.value.id, who) : undefined;
      if (!community || !access) return void res.json(200, { user, community: null, reason: 'none' });
      const { id, name, language, archivedAt } = community.value;
      res.json(200, {
        user,
        community: {
          id,
          name,
          language,
          role: access.member.role,
          userId: access.member.userId,
          ...(archivedAt ? { archivedAt } : {}),
        },
      });
    }),
  );

  registerMeetingLinkRoutes(server, deps, authed);
  registerOverviewRoutes(server, deps, authed);
  registerTodoRoutes(server, deps, authed, api.todo);

  server.get(
    `${BASE}/my-actions`,
    authed(async (_req, res, who) => void res.json(200, { communities: await myActionsView(deps, who) })),
  );

  const c = `${BASE}/communities/:communityId`;
  server.get(
    `${c}/driver`,
    member(async (_req, res, { community }) => void res.json(200, await driverView(deps, community.id))),
  );
  server.put(
    `${c}/driver`,
    member(async (req, res, { community, member: m }) => {
      const body = parse(driverBody, req.body, req, res);
      if (!body) return;
      const outcome = await editDriver(deps, {
        communityId: community.id,
        actor: { userId: m.userId, name: m.name },
        driver: body.driver,
        baseRevision: body.baseRevision,
      });
      // Both texts come back: the newer one someone saved first, and the member's own, to choose or merge.
      if ('stale' in outcome)
        return sendError(
          res,
          req,
          409,
          { code: 'tab.errors.staleDriver' },
          { current: outcome.stale, yours: body.driver },
        );
      if (!outcome.ok) return sendError(res, req, statusOf(outcome.error), outcome.error);
      for (const card of await driverCardsOf(deps, community.id))
        await notify({ what: 'driver', community, ...card }).catch((error: unknown) =>
          api.log.warn('driver change not passed on to the channel', { error: String(error) }),
        );
      res.json(200, { revision: outcome.value.revision });
    }),
  );

  server.get(
    `${c}/topics`,
    member(async (_req, res, { community }) => void res.json(200, await topicsView(deps, community.id))),
  );
  server.put(
    `${c}/topics/order`,
    memberChange(topicOrderBody, (body, { community, member: m }) =>
      reorderTopics(deps, { communityId: community.id, actorId: m.userId, order: body.order }),
    ),
  );
  server.put(
    `${c}/topics/:topicId/plan`,
    memberChange(topicPlanBody, (body, { community, member: m }, req) =>
      planTopic(deps, {
        communityId: community.id,
        actorId: m.userId,
        topicId: param(req, 'topicId'),
        sessionNumber: body.sessionNumber,
      }),
    ),
  );

  server.get(
    `${c}/agenda`,
    member(
      async (_req, res, { community, member: m }) =>
        void res.json(200, await agendaView(deps, community, { role: m.role, userId: m.userId })),
    ),
  );
  server.get(
    `${c}/check-ins`,
    member(async (req, res, { community, member: m }) => {
      // Facilitators only: members never see each other's check-ins.
      const overview = await latestCheckIns(deps, { communityId: community.id, actorId: m.userId });
      if (!overview.ok) return sendError(res, req, statusOf(overview.error), overview.error);
      res.json(200, { overview: overview.value });
    }),
  );
  server.put(
    `${c}/agenda/draft`,
    memberChange(agendaDraftBody, (body, { community, member: m }) =>
      saveAgendaDraft(deps, { communityId: community.id, actorId: m.userId, ...body }),
    ),
  );
  server.post(
    `${c}/session/step`,
    memberChange(
      stepBody,
      (body, { community, member: m }) =>
        moveSessionPhase(deps, { channel: community.channel, actorId: m.userId }, body.step),
      (v) =>
        notify({
          what: 'moved',
          session: v.session,
          community: v.community,
          phaseIndex: v.session.state.kind === 'running' ? v.session.state.phaseIndex : 0,
        }),
    ),
  );
  // Opening the vote (done condensing) and revealing a vote or a hidden board: a facilitator's mark on the running
  // session's phase.
  const reveal = (session: Session, target: ActivityTarget): Promise<Result<ActivityContext>> => {
    const phase = session.agenda[target.phaseIndex];
    return phase && isBoard(phase) ? revealBoard(deps, target) : revealVotes(deps, target);
  };
  for (const [path, mark, what] of [
    ['open-vote', (_: Session, target: ActivityTarget) => openVote(deps, target), 'opened'],
    ['reveal', reveal, 'revealed'],
  ] as const) {
    server.post(
      `${c}/session/${path}`,
      member(async (req, res, { community, member: m }) => {
        const body = parse(revealBody, req.body, req, res);
        if (!body) return;
        const latest = await deps.store.sessions.latest(community.id);
        if (latest?.value.state.kind !== 'running')
          return sendError(res, req, 409, { code: 'errors.session.noneRunning' });
        const actor = { userId: m.userId, name: m.name, ...(m.aadObjectId ? { aadObjectId: m.aadObjectId } : {}) };
        const target = { sessionId: latest.value.id, phaseIndex: body.phaseIndex, actor };
        await answer(req, res, mark(latest.value, target), (v) =>
          notify({ what, session: v.session.value, community: v.community, phaseIndex: v.phaseIndex }),
        );
      }),
    );
  }
  server.post(
    `${c}/export`,
    member(async (req, res, { community, member: m }) => {
      // 256 random bits: the link is the only key to the export, valid for an hour.
      const token = randomBytes(32).toString('base64url');
      const created = await createExportLink(deps, { channel: community.channel, actorId: m.userId, token });
      if (!created.ok) return sendError(res, req, statusOf(created.error), created.error);
      res.json(200, { url: `/exports/${token}.zip`, expiresAt: created.value.link.expiresAt });
    }),
  );
  server.put(
    `${c}/post-its/:sessionId/:postItId`,
    member(async (req, res, { community, member: m }) => {
      const body = parse(postItMarkBody, req.body, req, res);
      if (!body) return;
      const session = await deps.store.sessions.get(param(req, 'sessionId'));
      if (session?.value.communityId !== community.id)
        return sendError(res, req, 404, { code: 'errors.activity.gone' });
      const change = { sessionId: session.value.id, postItId: param(req, 'postItId'), actorId: m.userId };
      // The channel's card of the phase being condensed follows (its update is coalesced).
      const condensed = async () => {
        const now = await deps.store.sessions.get(session.value.id);
        if (now?.value.state.kind === 'running')
          await notify({ what: 'condensed', session: now.value, community, phaseIndex: now.value.state.phaseIndex });
      };
      if (body.hidden !== undefined)
        return answer(req, res, setHidden(deps, { ...change, hidden: body.hidden }), async (p) => {
          await notify({ what: 'condensed', session: session.value, community, phaseIndex: p.phaseIndex });
          await condensed();
        });
      if (body.cluster !== undefined) {
        const clustered = await setCluster(deps, { ...change, cluster: body.cluster });
        if (!clustered.ok || body.dropped === undefined) return answer(req, res, Promise.resolve(clustered), condensed);
      }
      await answer(req, res, setDropped(deps, { ...change, dropped: body.dropped ?? false }), condensed);
    }),
  );

  server.put(
    `${c}/actions/:sessionId/:actionId`,
    member(async (req, res, { community, member: m }) => {
      const body = parse(actionChangeBody, req.body, req, res);
      if (!body) return;
      // Another community's action is not found here: the path's community is the one the member belongs to.
      const session = await deps.store.sessions.get(param(req, 'sessionId'));
      if (session?.value.communityId !== community.id) return sendError(res, req, 404, { code: 'errors.action.gone' });
      const change = { sessionId: session.value.id, actionId: param(req, 'actionId'), actorId: m.userId };
      const changed = body.status
        ? setActionStatus(deps, change, body.status)
        : rescheduleAction(deps, { ...change, due: body.due ?? '' });
      await answer(req, res, changed, (a) =>
        notify({ what: 'actions', session: session.value, community, phaseIndex: a.phaseIndex }),
      );
    }),
  );

  server.get(
    `${c}/history`,
    member(async (_req, res, { community }) => void res.json(200, { sessions: await historyView(deps, community.id) })),
  );
  server.get(
    `${c}/community`,
    member(
      async (_req, res, { community }) => void res.json(200, await communityView(deps, community, deps.clock.now())),
    ),
  );
  registerMeetingRoutes(server, { deps, member, answer, notify });
  registerRoleRoutes(server, { deps, member, answer, notify });
  server.get(
    `${c}/events`,
    member((req, res, { community }) => {
      streamChanges(res, (fn) => req.once('close', fn), api.watch, community.id);
      return Promise.resolve();
    }),
  );
}
