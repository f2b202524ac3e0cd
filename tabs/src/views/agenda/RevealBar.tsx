import type { ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import type { Role } from '../../types';
import { useStyles } from '../../ui';
import type { Act } from './use-agenda';

/** What a phase keeps hidden for now, and for a facilitator the button that reveals (or, for a vote, opens) it. */
export function RevealBar(props: {
  message: string;
  label: string;
  role: Role;
  phaseIndex: number;
  act: Act;
  path?: '/session/reveal' | '/session/open-vote';
}): ReactNode {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <span className={styles.grow}>{props.message}</span>
      {props.role === 'facilitator' && (
        <Button
          appearance="primary"
          onClick={() => void props.act(props.path ?? '/session/reveal', { phaseIndex: props.phaseIndex })}
        >
          {props.label}
        </Button>
      )}
    </div>
  );
}
