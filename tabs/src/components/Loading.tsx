import type { ReactNode } from 'react';
import { Spinner } from '@fluentui/react-components';
import type { Translate } from '../i18n';

export function Loading({ t }: { t: Translate }): ReactNode {
  return <Spinner label={t('tab.loading')} size="small" />;
}
