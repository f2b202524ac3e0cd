import type { IncomingMessage } from 'node:http';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { planSampleMembers } from '../../bot/create-bot';
import type { Deps } from '../../domain/ports';
import { isLoopback } from '../auth/authenticate';
import type { LocalPlace, LocalUser } from '../auth/local-identities';
import { issueOf, placeQuery } from '../tab-api/schemas';
import { sendError, statusOf } from '../tab-api/respond';
import { channelFor, deliverInvokes } from './deliver-invokes';

export const SAMPLE_MEMBERS_PATH = '/api/local/sample-members';

const body = z.object({
  /** How many of the sample colleagues answer, the first ones of the Playground's list. */
  members: z.number().int().min(1).max(60).optional(),
  lang: z.enum(['nl', 'en']).optional(),
  phase: z.number().int().min(1).max(50).optional(),
  dryRun: z.boolean().optional(),
  /** Another channel than the Playground's sample one (tests, or a second team). */
  place: placeQuery.optional(),
});

export interface SampleMembersDeps {
  deps: Deps;
  /** The Playground's other users: the current user is the one at the keyboard. */
  colleagues: readonly LocalUser[];
  place?: LocalPlace;
}

/**
 * Local mode only: the sample colleagues answer the running session's current phase, through the Agents
 * Playground when it runs (so the UI shows it), else through the bot's own /api/messages.
 */
export function registerSampleMembersRoute(server: Server, local: SampleMembersDeps): void {
  server.post(SAMPLE_MEMBERS_PATH, async (req: Request, res: Response) => {
    if (!isLoopback(req.socket.remoteAddress)) return sendError(res, req, 403, { code: 'tab.errors.loopbackOnly' });
    const parsed = body.safeParse(req.body ?? {});
    if (!parsed.success) return sendError(res, req, 400, issueOf(parsed.error));
    const { members, lang, phase, dryRun } = parsed.data;
    const place = parsed.data.place ?? local.place;
    if (!place) return sendError(res, req, 409, { code: 'errors.session.noneRunning' });
    const planned = await planSampleMembers(local.deps, {
      place: { teamId: place.teamId || null, channelId: place.channelId },
      members: local.colleagues.slice(0, members ?? local.colleagues.length),
      ...(lang ? { lang } : {}),
      ...(phase ? { phase } : {}),
    });
    if (!planned.ok) return sendError(res, req, statusOf(planned.error), planned.error);
    const { invokes, serviceUrl, ...plan } = planned.value;
    const channel = await channelFor(serviceUrl, ownEndpoint(req));
    if (dryRun)
      return void res.json(200, { ...plan, via: channel.via, dryRun: true, invokes: invokes.map((i) => i.activity) });
    const answers = await deliverInvokes(invokes, channel);
    res.json(200, { ...plan, via: channel.via, answers });
  });
}

/** This server's /api/messages, at the address the request came in on (loopback, in local mode). */
function ownEndpoint(req: IncomingMessage): string {
  const address = (req.socket.localAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${req.socket.localPort}/api/messages`;
}
