import type { CatalogueKey } from '../i18n/catalogue-keys';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../domain/ports';
import { sendError, sendUnexpected } from './tab-api/respond';

type HttpErrorCode = Extract<CatalogueKey, `errors.http.${string}`>;

/** The Teams, Outlook and Microsoft 365 app hosts that may frame the tab. */
export const FRAME_ANCESTORS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.teams.cloud.microsoft',
  'https://*.skype.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.outlook.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
];
const LOCAL_ANCESTORS = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'];

/** Fluent injects its styles at run time; teams-js fetches its list of valid domains from the Office CDN. */
export function contentSecurityPolicy(mode: 'local' | 'cloud'): string {
  const ancestors = ["'self'", ...FRAME_ANCESTORS, ...(mode === 'local' ? LOCAL_ANCESTORS : [])];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' https://res.cdn.office.net",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${ancestors.join(' ')}`,
  ].join('; ');
}

const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;
const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;

/** Local mode answers only pages of this computer: a foreign Host is DNS rebinding, a foreign Origin another site. */
export function localRefusal(req: IncomingMessage): { status: 403 | 421; code: HttpErrorCode } | undefined {
  if (!LOOPBACK_HOST.test(req.headers.host ?? '')) return { status: 421, code: 'errors.http.wrongHost' };
  const origin = req.headers.origin;
  if (origin !== undefined && !LOOPBACK_ORIGIN.test(origin)) return { status: 403, code: 'errors.http.foreignOrigin' };
  return undefined;
}

/**
 * The edges every request passes: security headers on every answer, local mode's host and origin checks, and one
 * error answer for all routes (a fault is logged once with a reference; the answer never carries its text).
 */
export function guardHttpEdges(server: Server, options: { mode: 'local' | 'cloud'; log: Logger }): void {
  const policy = contentSecurityPolicy(options.mode);
  server.pre((req: Request, res: Response, next: () => void) => {
    res.setHeader('Content-Security-Policy', policy);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    const refused = options.mode === 'local' ? localRefusal(req) : undefined;
    if (refused) return void sendError(res, req, refused.status, { code: refused.code });
    next();
  });
  server.on('restifyError', (req: Request, res: Response, error: unknown, done: () => void) => {
    answerError(req, res, error, options.log);
    done();
  });
}

function answerError(req: Request, res: Response, error: unknown, log: Logger): void {
  const status = statusOfError(error);
  if (status < 500) {
    if (!res.headersSent) sendError(res, req, status, { code: httpCode(status) });
    return;
  }
  const ref = randomUUID().slice(0, 8);
  log.error('request failed', { ref, method: req.method, path: req.path(), error: describe(error) });
  if (!res.headersSent) sendUnexpected(res, req, ref);
}

/** Restify's own refusals (unknown route, bad JSON, too large) carry a 4xx status; anything else is a fault. */
function statusOfError(error: unknown): number {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}

function httpCode(status: number): HttpErrorCode {
  if (status === 404) return 'errors.http.notFound';
  if (status === 405) return 'errors.http.notAllowed';
  if (status === 413) return 'errors.http.tooLarge';
  if (status === 415) return 'errors.http.unsupportedType';
  return 'errors.http.badRequest';
}

/** For the operator's log only. */
const describe = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));
