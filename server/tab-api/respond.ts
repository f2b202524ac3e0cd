import type { IncomingMessage } from 'node:http';
import type { Response } from 'restify';
import type { DomainError } from '../../domain/errors';
import type { CatalogueKey } from '../../i18n/catalogue-keys';
import { ERROR_STATUS } from './error-status';
import { languageOf, translator, type Lang } from '../../i18n/t';

/** A domain error, one of the tab's own (`tab.errors.*`) or of the HTTP edge (`errors.http.*`, `errors.auth.*`). */
export type ApiError = DomainError | { code: EdgeErrorCode; params?: Record<string, string | number> };
type EdgeErrorCode = Extract<CatalogueKey, `tab.errors.${string}` | `errors.http.${string}` | `errors.auth.${string}`>;

/** The reader's language: the tab sends its Teams locale as Accept-Language. */
export const langOf = (req: IncomingMessage): Lang => languageOf(req.headers['accept-language'], 'nl');

/** A refusal the tab can show as it is: a stable code, a localised message, the field it is about. */
export function sendError(
  res: Response,
  req: IncomingMessage,
  status: number,
  error: ApiError,
  extra: Record<string, unknown> = {},
): void {
  const t = translator(langOf(req));
  const field = error.params?.field;
  res.json(status, {
    error: { code: error.code, message: t(error.code, error.params), ...(field ? { field } : {}), ...extra },
  });
}

/**
 * The answer to a fault: the localised message with the reference under which it was logged, never the error's text.
 */
export function sendUnexpected(res: Response, req: IncomingMessage, ref: string): void {
  const t = translator(langOf(req));
  res.json(500, { error: { code: 'errors.unexpected', ref, message: t('errors.unexpected', { reference: ref }) } });
}

/** HTTP status for a domain refusal. */
export function statusOf(error: DomainError): number {
  return ERROR_STATUS[error.code];
}
