import { GraphError } from '@microsoft/microsoft-graph-client';
import { FilingError } from './filing-error';
import { retryAfterMs } from './upload-retry';

/** The parts of a driveItem (learn.microsoft.com/graph/api/resources/driveitem) that filing reads. */
export interface DriveItem {
  id: string;
  name: string;
  webUrl: string;
  parentReference?: { driveId?: string; id?: string };
}

/** How the credential acts: on behalf of a signed-in user (delegated), or as the app itself. */
export type GraphActor = 'delegated' | 'app-only';

/** Encodes each segment of a path for a Graph URL (`Leerkring/Verslagen` → `Leerkring/Verslagen`, spaces → %20). */
export const encodePath = (...segments: string[]): string => segments.map(encodeURIComponent).join('/');

/**
 * Runs one JSON call through the Graph client (its RetryHandler has already retried 429/503/504) and turns what
 * still fails into a FilingError: 401 is a missing sign-in (delegated) or missing consent (app-only), 403 missing
 * permissions, both for good; 404 is handed to `onNotFound` when given; anything else is worth a later try.
 */
export async function graphCall<T>(
  what: string,
  actor: GraphActor,
  call: () => Promise<T>,
  onNotFound?: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof GraphError && error.statusCode === 404 && onNotFound) return onNotFound();
    throw asFilingError(what, actor, error);
  }
}

/** A Graph client error as a FilingError (see graphCall); anything else (a dropped connection…) as it is. */
export function asFilingError(what: string, actor: GraphActor, error: unknown): unknown {
  if (!(error instanceof GraphError)) return error;
  const answered = error.statusCode > 0 ? `Graph answered ${error.statusCode}` : 'no answer from Graph';
  const message = `${what}: ${answered}${error.code ? ` ${error.code}` : ''}`;
  if (error.statusCode === 401 && actor === 'delegated') return FilingError.signIn(message);
  if (error.statusCode === 401 || error.statusCode === 403) return FilingError.permanent('permissions', message);
  return FilingError.transient(message, retryAfterMs(error.headers));
}

export const isStatus = (error: unknown, status: number): boolean =>
  error instanceof GraphError && error.statusCode === status;
