import { GraphError } from '@microsoft/microsoft-graph-client';
import type { CatalogueKey } from '../../i18n/catalogue-keys';

export type TodoErrorCode = Extract<
  CatalogueKey,
  'tab.errors.todoConsent' | 'tab.errors.todoUnavailable' | 'tab.errors.todoNeedsTeams' | 'tab.errors.signIn'
>;

/** Why sending to To Do did not work, as the member is told: its code is the message's key. */
export class TodoError extends Error {
  constructor(
    readonly code: TodoErrorCode,
    detail: string,
  ) {
    super(detail);
    this.name = 'TodoError';
  }
}

/**
 * The on-behalf-of exchange's refusal: AADSTS65001 (consent_required) means the organisation has not allowed the
 * app to use To Do for its people (an administrator has to consent); an expired or unusable SSO token means signing
 * in again; anything else (Entra unreachable) is worth trying later.
 */
export function exchangeFailure(error: unknown): TodoError {
  const text = error instanceof Error ? error.message : String(error);
  if (/AADSTS65001|consent_required|AADSTS650057|AADSTS90094/i.test(text))
    return new TodoError('tab.errors.todoConsent', 'consent refused');
  if (/AADSTS\d+|invalid_grant/i.test(text)) return new TodoError('tab.errors.signIn', 'sign-in not usable');
  return new TodoError('tab.errors.todoUnavailable', 'token service unreachable');
}

/** A Graph answer that is not a success: 403 is To Do not allowed for this person, anything else To Do down. */
export function graphFailure(error: unknown): TodoError {
  if (error instanceof TodoError) return error;
  const status = error instanceof GraphError ? error.statusCode : 0;
  if (status === 403) return new TodoError('tab.errors.todoConsent', 'Graph answered 403');
  if (status === 401) return new TodoError('tab.errors.signIn', 'Graph answered 401');
  return new TodoError('tab.errors.todoUnavailable', status ? `Graph answered ${status}` : 'no answer from Graph');
}

/** Worth another try at once: Graph's 5xx (the client's RetryHandler already retried 429, 503 and 504). */
export const isServerError = (error: unknown): boolean =>
  error instanceof GraphError && error.statusCode >= 500 && error.statusCode <= 599;

export const isNotFound = (error: unknown): boolean => error instanceof GraphError && error.statusCode === 404;
