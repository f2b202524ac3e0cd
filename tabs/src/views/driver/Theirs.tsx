import type { ReactNode } from 'react';
import { Subtitle2 } from '@fluentui/react-components';
import type { Translate } from '../../i18n';
import { useStyles } from '../../ui';
import { FIELDS, type Canvas } from './canvas';

/** The version someone else saved first, beside the member's own unsaved text. */
export function Theirs({ theirs, t }: { theirs: Canvas; t: Translate }): ReactNode {
  const styles = useStyles();
  return (
    <aside className={styles.item} style={{ flexDirection: 'column', alignItems: 'flex-start' }}>
      <Subtitle2>{t('tab.driver.theirs')}</Subtitle2>
      {FIELDS.map((f) => (
        <p key={f} style={{ margin: 0 }}>
          <strong>{`${t(`tab.driver.${f}`)}: `}</strong>
          {theirs[f]}
        </p>
      ))}
    </aside>
  );
}
