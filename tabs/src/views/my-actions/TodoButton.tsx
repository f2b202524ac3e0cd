import { type ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import type { Api } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import type { Translate } from '../../i18n';
import { useApiCall } from '../../use-api-call';

/** An action as the server's POST /todo names it. */
export interface TodoRef {
  communityId: string;
  sessionId: string;
  actionId: string;
}

interface TodoButtonProps {
  api: Api;
  t: Translate;
  actions: TodoRef[];
  label: string;
  /** What the button is about, for screen readers (the action's text, or nothing for "all open"). */
  about?: string;
  onSent: (count: number) => void;
}

/** "Send to To Do": the actions go to the member's own Microsoft To Do; why not, if not (consent, To Do down). */
export function TodoButton(props: TodoButtonProps): ReactNode {
  const { api, t, actions } = props;
  const { error, run } = useApiCall();
  const send = async () => {
    let sent = 0;
    const failed = await run(async () => {
      sent = (await api.post<{ sent: number }>('/todo', { actions })).sent;
    });
    if (!failed) props.onSent(sent);
  };
  return (
    <>
      <Button
        appearance="subtle"
        disabled={actions.length === 0}
        aria-label={props.about ? `${props.label}: ${props.about}` : props.label}
        onClick={() => void send()}
      >
        {props.label}
      </Button>
      {error && <ErrorBar error={error} t={t} />}
    </>
  );
}
