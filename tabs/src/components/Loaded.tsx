import type { ReactNode } from 'react';
import type { Translate } from '../i18n';
import type { Loadable } from '../use-data';
import { ErrorBar } from './ErrorBar';
import { Loading } from './Loading';

/** Shows the spinner, the error or the view once its data is there. */
export function Loaded<T>({
  state,
  t,
  render,
}: {
  state: Loadable<T>;
  t: Translate;
  render: (data: T) => ReactNode;
}): ReactNode {
  if (state.error && !state.data) return <ErrorBar error={state.error} t={t} onRetry={state.reload} />;
  if (!state.data) return <Loading t={t} />;
  return render(state.data);
}
