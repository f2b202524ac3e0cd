import type { ReactNode } from 'react';
import { Button, Subtitle2 } from '@fluentui/react-components';
import type { Translate } from '../../i18n';
import { useStyles } from '../../ui';
import { FIELDS, type Canvas } from './canvas';

/**
 * The version someone else saved first, beside the member's own unsaved text, and the choice: keep mine (also after
 * merging by hand in the form), or take the newer version.
 */
export function Theirs({
  theirs,
  t,
  saving,
  onKeepMine,
  onTakeTheirs,
}: {
  theirs: Canvas;
  t: Translate;
  saving: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}): ReactNode {
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
      <p style={{ margin: 0 }}>
        <strong>{`${t('tab.driver.steps')}: `}</strong>
        {theirs.steps.map((s) => s.text).join(' · ')}
      </p>
      <p className={styles.muted} style={{ margin: 0 }}>
        {t('tab.driver.conflict.choose')}
      </p>
      <div className={styles.row}>
        <Button appearance="primary" disabled={saving} onClick={onKeepMine}>
          {t('tab.driver.conflict.keepMine')}
        </Button>
        <Button disabled={saving} onClick={onTakeTheirs}>
          {t('tab.driver.conflict.takeTheirs')}
        </Button>
      </div>
    </aside>
  );
}
