import type { IncomingMessage } from 'node:http';
import type { Response } from 'restify';
import type { DomainError } from '../../domain/errors';
import { ERROR_STATUS } from './error-status';

/** A domain error, or one of the tab's own (`tab.errors.*`). */
export type ApiError = DomainError | { code: TabErrorCode; params?: Record<string, string | number> };
type TabErrorCode = Extract<CatalogueKey, `tab.errors.${string}`>;
import type { CatalogueKey } from '../../i18n/catalogue-keys';
import { languageOf, translator, type Lang } from '../../i18n/t';

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

/** HTTP status for a domain refusal. */
export function statusOf(error: DomainError): number {
  return ERROR_STATUS[error.code];
}
