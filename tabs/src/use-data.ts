import { useCallback, useEffect, useState } from 'react';
import { isApiError, type Api, type ApiError } from './api';

/** A view's data as it loads: the last answer, the last error, and a way to ask again. */
export interface Loadable<T> {
  data?: T;
  error?: ApiError;
  reload: () => void;
}

/** Loads a view's data, again whenever `version` changes (a live update), keeping the last answer meanwhile. */
export function useData<T>(api: Api, path: string, version: number): Loadable<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError }>({});
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    let live = true;
    api.get<T>(path).then(
      (data) => live && setState({ data }),
      (error: unknown) =>
        live &&
        setState((s) => ({
          ...s,
          error: isApiError(error) ? error : { status: 0, code: 'tab.errors.network', message: '' },
        })),
    );
    return () => {
      live = false;
    };
  }, [api, path, version, nonce]);
  return { ...state, reload: useCallback(() => setNonce((n) => n + 1), []) };
}
