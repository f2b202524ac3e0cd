import type { Request, Response } from 'restify';
import type { Logger } from '../domain/ports';
import type { PostedActivity, TurnOutcome } from '../bot/create-bot';
import type { BotTokenCheck } from './auth/bot-token';
import { sendError } from './tab-api/respond';

export interface BotEndpointOptions {
  /** botbuilder's authentication and, when it passes, the turn. */
  turn: (activity: PostedActivity, authorization: string) => Promise<TurnOutcome>;
  /** Outside local mode: our own check of the Bot Connector's token, before botbuilder's. */
  checkToken?: (authorization: string) => Promise<BotTokenCheck>;
  log: Logger;
  now?: () => number;
}

const WARN_EVERY_MS = 60_000;

/**
 * POST /api/messages. JSON only (a form on another site cannot send it without a preflight); a request that fails
 * authentication gets a fixed 401, an unreachable key endpoint a 503; neither says more, and both are logged at
 * most once a minute, with how many there were.
 */
export function botEndpoint(options: BotEndpointOptions): (req: Request, res: Response) => Promise<void> {
  const warn = rateLimitedWarn(options.log, options.now ?? Date.now);
  return async (req, res) => {
    if (!isJson(req.headers['content-type'])) return sendError(res, req, 415, { code: 'errors.http.unsupportedType' });
    const activity = req.body as Partial<PostedActivity> | undefined;
    if (typeof activity !== 'object' || activity === null || typeof activity.type !== 'string')
      return sendError(res, req, 400, { code: 'errors.http.badRequest' });
    const authorization = req.headers.authorization ?? '';
    const checked = options.checkToken ? await options.checkToken(authorization) : 'ok';
    const outcome: TurnOutcome =
      checked === 'ok' ? await options.turn(activity as PostedActivity, authorization) : { ok: false, why: checked };
    if (outcome.ok)
      return void (outcome.body !== undefined ? res.json(outcome.status, outcome.body) : res.send(outcome.status));
    if (outcome.why === 'unavailable') {
      warn('unavailable', 'bot request refused: the Bot Framework signing keys could not be fetched');
      return void res.json(503, { error: { code: 'errors.auth.unavailable' } });
    }
    warn('refused', 'bot request refused: not signed by the Bot Framework');
    res.json(401, { error: { code: 'errors.auth.unauthorized' } });
  };
}

const isJson = (type: string | undefined): boolean => /^application\/json\s*(;|$)/i.test(type ?? '');

/** One line per kind and minute, counting the ones it kept quiet about. */
function rateLimitedWarn(log: Logger, now: () => number) {
  const last = new Map<string, { at: number; quiet: number }>();
  return (kind: string, message: string) => {
    const seen = last.get(kind);
    if (seen && now() - seen.at < WARN_EVERY_MS) {
      seen.quiet += 1;
      return;
    }
    log.warn(message, seen?.quiet ? { sinceLastWarning: seen.quiet } : undefined);
    last.set(kind, { at: now(), quiet: 0 });
  };
}
