import type { ReactNode } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Translate } from '../../i18n';

/**
 * The meeting's place has no community the member belongs to (yet). The slot where a facilitator will link the meeting
 * to a community goes inside, as `children`.
 */
export function MeetingNotLinked({ t, children }: { t: Translate; children?: ReactNode }): ReactNode {
  return (
    <div style={{ padding: '16px', display: 'flex', flexDirection: 'column', gap: '12px' }}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('meetingViews.notLinked.title')}</MessageBarTitle>
          {t('meetingViews.notLinked.body')}
        </MessageBarBody>
      </MessageBar>
      {children}
    </div>
  );
}
