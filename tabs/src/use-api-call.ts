import { useState } from 'react';
import { isApiError, type ApiError } from './api';

/**
 * A change sent to the tab API from a view: `run` clears the last error, makes the call and keeps an API error for an
 * ErrorBar (the view shows it; what the member typed stays in the form). `run` also resolves to that error, for a
 * view that needs more of it than the message (the driver's newest version after a conflict).
 */
export function useApiCall(): {
  error: ApiError | undefined;
  run: (call: () => Promise<unknown>) => Promise<ApiError | undefined>;
} {
  const [error, setError] = useState<ApiError | undefined>();
  const run = async (call: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await call();
      return undefined;
    } catch (e) {
      if (!isApiError(e)) return undefined;
      setError(e);
      return e;
    }
  };
  return { error, run };
}
