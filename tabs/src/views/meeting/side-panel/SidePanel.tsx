import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { Loaded } from '../../../components/Loaded';
import type { Startup } from '../../../startup';
import type { ViewProps } from '../../view-props';
import { BetweenSessions } from './BetweenSessions';
import { OwnInput } from './OwnInput';
import { PhaseNow } from './PhaseNow';
import { SteerPanel } from './SteerPanel';
import { useMeeting } from './use-meeting';

// Teams gives the side panel 320 px: one column, nothing wider than the panel.
const usePanelStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '100%',
    boxSizing: 'border-box',
    overflowWrap: 'anywhere',
  },
});

/** The meeting's side panel: the running session's phase and the member's part in it, or the time between sessions. */
export function SidePanel(props: ViewProps & { startup: Startup }): ReactNode {
  const state = useMeeting(props);
  const { panel } = usePanelStyles();
  return (
    <div className={panel} role="region" aria-label={props.t('meetingViews.sidePanel.label')}>
      <Loaded
        state={state}
        t={props.t}
        render={(data) => {
          const { running, live } = data.agenda;
          if (!running) return <BetweenSessions {...props} data={data} />;
          return (
            <>
              <PhaseNow running={running} t={props.t} />
              {props.role === 'facilitator' && (
                <SteerPanel {...props} running={running} live={live} pinned={data.pinned} reload={state.reload} />
              )}
              {data.mine && <OwnInput {...props} mine={data.mine} reload={state.reload} />}
            </>
          );
        }}
      />
    </div>
  );
}
