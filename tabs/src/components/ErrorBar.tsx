import type { ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ApiError } from '../api';
import type { Translate } from '../i18n';
import { errorText } from './error-text';

/** A refusal or failure as an alert, with a retry button when the view can ask again. */
export function ErrorBar({ error, t, onRetry }: { error: ApiError; t: Translate; onRetry?: () => void }): ReactNode {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        {errorText(error, t)}
        {onRetry && ' '}
        {onRetry && (
          <Button size="small" appearance="transparent" onClick={onRetry}>
            {t('tab.retry')}
          </Button>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
