import type { ReactNode } from 'react';
import { Loaded } from '../../components/Loaded';
import type { ViewProps } from '../view-props';
import { Agenda } from './Agenda';
import { useAgenda } from './use-agenda';

/** The next session's agenda, or the running session with its phases and what members add live. */
export function AgendaView(props: ViewProps): ReactNode {
  const state = useAgenda(props);
  return (
    <Loaded state={state} t={props.t} render={(data) => <Agenda {...props} data={data} reload={state.reload} />} />
  );
}
