import { createElement as h, useCallback, useEffect, useState, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { isApiError, type Api, type ApiError } from './api';
import type { Translate } from './i18n';

export const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
    maxWidth: '1200px',
    margin: '0 auto',
    boxSizing: 'border-box',
    width: '100%',
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
  },
  muted: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  current: { backgroundColor: tokens.colorBrandBackground2, outline: `2px solid ${tokens.colorBrandStroke1}` },
  // A sticky note that reads well in every theme: the theme's surface with a yellow edge.
  postIt: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    borderLeft: `6px solid ${tokens.colorPaletteYellowBorderActive}`,
    boxShadow: tokens.shadow4,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase400,
  },
  iconButton: { minWidth: 'auto' },
  grow: { flexGrow: 1 },
  heading: { margin: 0 },
});

/** Loads a view's data, again whenever `version` changes (a live update), keeping the last answer meanwhile. */
export function useData<T>(
  api: Api,
  path: string,
  version: number,
): { data?: T; error?: ApiError; reload: () => void } {
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

/** A refusal or failure, in the reader's language (the server's message when it sent one). */
/**
 * A change sent to the tab API from a view: `run` clears the last error, makes the call and keeps an API error for an
 * ErrorBar (the view shows it; what the member typed stays in the form).
 */
export function useApiCall(): { error: ApiError | undefined; run: (call: () => Promise<unknown>) => Promise<void> } {
  const [error, setError] = useState<ApiError | undefined>();
  const run = async (call: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await call();
    } catch (e) {
      if (isApiError(e)) setError(e);
    }
  };
  return { error, run };
}

export const errorText = (error: ApiError, t: Translate): string =>
  error.message || t(error.code, { field: error.field ?? '', reference: error.ref ?? '' });

export function ErrorBar({ error, t, onRetry }: { error: ApiError; t: Translate; onRetry?: () => void }): ReactNode {
  return h(
    MessageBar,
    { intent: 'error', role: 'alert' },
    h(
      MessageBarBody,
      null,
      errorText(error, t),
      onRetry ? ' ' : null,
      onRetry ? h(Button, { size: 'small', appearance: 'transparent', onClick: onRetry }, t('tab.retry')) : null,
    ),
  );
}

export function Loading({ t }: { t: Translate }): ReactNode {
  return h(Spinner, { label: t('tab.loading'), size: 'small' });
}

/** Shows the spinner, the error or the view once its data is there. */
export function Loaded<T>({
  state,
  t,
  render,
}: {
  state: { data?: T; error?: ApiError; reload: () => void };
  t: Translate;
  render: (data: T) => ReactNode;
}): ReactNode {
  if (state.error && !state.data) return h(ErrorBar, { error: state.error, t, onRetry: state.reload });
  if (!state.data) return h(Loading, { t });
  return render(state.data);
}
