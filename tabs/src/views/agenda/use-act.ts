import type { ApiError } from '../../api';
import { useApiCall } from '../../use-api-call';
import type { ViewProps } from '../view-props';
import type { Act } from './use-agenda';

/** A facilitator's step in the running session (next, reveal, …): sent, then the view reloads; a refusal is kept. */
export function useAct(props: Pick<ViewProps, 'api' | 'communityId'> & { reload: () => void }): {
  error: ApiError | undefined;
  act: Act;
} {
  const { error, run } = useApiCall();
  const act: Act = async (path, body) => {
    await run(async () => {
      await props.api.post(`/communities/${props.communityId}${path}`, body);
      props.reload();
    });
  };
  return { error, act };
}
