import type { Request, Response, Server } from 'restify';
import type { Deps } from '../../domain/ports';
import type { Identity } from '../auth/sso-token';
import { overviewView } from './views/overview-view';

type Authed = (
  handler: (req: Request, res: Response, who: Identity) => Promise<void>,
) => (req: Request, res: Response) => Promise<void>;

/** The personal Overview tab across communities: only the communities the signed-in person is a member of. */
export function registerOverviewRoutes(server: Server, deps: Deps, authed: Authed): void {
  server.get(
    '/api/tab/overview',
    authed(async (_req, res, who) => void res.json(200, { communities: await overviewView(deps, who) })),
  );
}
