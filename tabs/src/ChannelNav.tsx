import type { ReactNode } from 'react';
import { Badge, Tab, TabList } from '@fluentui/react-components';
import type { Translate } from './i18n';
import type { ViewName } from './startup';
import type { Me } from './types';

const VIEWS: ViewName[] = ['driver', 'agenda', 'topics', 'history', 'community'];

/** The views as tabs, and which community this is and the member's role in it. */
export function ChannelNav({
  community,
  view,
  t,
  onView,
}: {
  community: NonNullable<Me['community']>;
  view: ViewName;
  t: Translate;
  onView: (view: ViewName) => void;
}): ReactNode {
  return (
    <nav style={{ padding: '0 24px', display: 'flex', alignItems: 'center', gap: '16px', flexWrap: 'wrap' }}>
      <TabList selectedValue={view} onTabSelect={(_e, d) => onView(d.value as ViewName)} size="large">
        {VIEWS.map((v) => (
          <Tab key={v} value={v}>
            {t(`tab.views.${v}`)}
          </Tab>
        ))}
      </TabList>
      <span style={{ marginLeft: 'auto', display: 'flex', alignItems: 'center', gap: '8px' }}>
        {community.archivedAt && (
          <Badge appearance="tint" color="informative" title={t('tab.community.archivedHint')}>
            {t('tab.community.archived')}
          </Badge>
        )}
        {`${community.name} · ${t(`tab.community.roles.${community.role}`)}`}
      </span>
    </nav>
  );
}
