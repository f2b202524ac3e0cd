import type { AttemptFailure, PermanentReason } from '../../domain/report/filing';

/** A failed filing attempt, classified: the outbox retries a transient one and stops at a permanent one. */
export class FilingError extends Error {
  constructor(readonly failure: AttemptFailure) {
    super(failure.message);
    this.name = 'FilingError';
  }

  static transient(message: string, retryAfterMs?: number): FilingError {
    return new FilingError(
      retryAfterMs === undefined ? { kind: 'transient', message } : { kind: 'transient', message, retryAfterMs },
    );
  }

  static permanent(reason: PermanentReason, message: string): FilingError {
    return new FilingError({ kind: 'permanent', reason, message });
  }

  static signIn(message: string): FilingError {
    return new FilingError({ kind: 'sign-in', message });
  }
}

/** Anything thrown during an attempt, as the outbox sees it: unknown errors (a dropped connection…) are transient. */
export function asAttemptFailure(error: unknown): AttemptFailure {
  if (error instanceof FilingError) return error.failure;
  return { kind: 'transient', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

/** A Graph answer that is not a success, as a FilingError: 401/403 mean missing permissions, for good. */
export function fromGraphStatus(what: string, status: number, retryAfterMs?: number): FilingError {
  if (status === 401 || status === 403)
    return FilingError.permanent('permissions', `${what}: Graph answered ${status}`);
  return FilingError.transient(`${what}: Graph answered ${status}`, retryAfterMs);
}
