import type { ReactNode } from 'react';
import { Text } from '@fluentui/react-components';
import type { Translate } from '../../i18n';

/** "Driver: <end goal>" in one line under the session's heading, once the community has a driver. */
export function DriverGoal({ goal, t }: { goal: string | undefined; t: Translate }): ReactNode {
  if (!goal) return null;
  return (
    <Text as="p" weight="semibold" truncate wrap={false} title={goal} style={{ margin: 0, overflow: 'hidden' }}>
      {t('tab.agenda.driverGoal', { goal })}
    </Text>
  );
}
