import { useState, type ReactNode } from 'react';
import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Subtitle2 } from '@fluentui/react-components';
import type { Api } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { Loaded } from '../../components/Loaded';
import type { Translate } from '../../i18n';
import { useStyles } from '../../ui';
import { useLinkMeeting, type LinkableCommunity } from './use-link-meeting';

export interface LinkMeetingProps {
  api: Api;
  /** The meeting chat's id, from the tab's Teams context (what the tab sends as its channel). */
  chatId: string;
  t: Translate;
  /** Called once the chat is linked: the side panel then opens that community. */
  onLinked?: (community: LinkableCommunity) => void;
}

/**
 * Shown in a meeting whose chat no community has yet: a facilitator picks one of the communities they facilitate and
 * links the chat to it, once. Someone who facilitates none reads who can.
 */
export function LinkMeeting({ api, chatId, t, onLinked }: LinkMeetingProps): ReactNode {
  const styles = useStyles();
  const state = useLinkMeeting(api, chatId, onLinked);
  const [chosen, setChosen] = useState<string>();
  return (
    <section className={styles.card} aria-labelledby="link-meeting-title">
      <Subtitle2 as="h2" id="link-meeting-title">
        {t('tab.meeting.title')}
      </Subtitle2>
      <Loaded
        state={state.communities}
        t={t}
        render={({ communities }) => {
          if (state.linked || communities.length === 0)
            return (
              <MessageBar intent={state.linked ? 'success' : 'info'} role="status">
                <MessageBarBody>
                  {state.linked ? t('tab.meeting.linked', { name: state.linked.name }) : t('tab.meeting.none')}
                </MessageBarBody>
              </MessageBar>
            );
          const value = chosen ?? communities[0]?.id ?? '';
          return (
            <>
              <p className={styles.heading}>{t('tab.meeting.explain')}</p>
              <Field label={t('tab.meeting.community')}>
                <RadioGroup value={value} onChange={(_e, data) => setChosen(data.value)}>
                  {communities.map((c) => (
                    <Radio key={c.id} value={c.id} label={c.name} />
                  ))}
                </RadioGroup>
              </Field>
              {state.error && <ErrorBar error={state.error} t={t} />}
              <Button appearance="primary" disabled={state.busy} onClick={() => void state.link(value)}>
                {state.busy ? t('tab.meeting.linking') : t('tab.meeting.link')}
              </Button>
            </>
          );
        }}
      />
    </section>
  );
}
