import type { ReactNode } from 'react';
import { Button, Subtitle2 } from '@fluentui/react-components';
import { when, type Lang, type Translate } from '../../i18n';
import { useStyles } from '../../ui';
import type { Canvas } from './canvas';
import type { DriverData } from './use-driver';

/** The earlier versions of the driver, newest first; members can take one up again. */
export function DriverHistory({
  history,
  readOnly,
  t,
  lang,
  onUse,
}: {
  history: DriverData['history'];
  readOnly: boolean;
  t: Translate;
  lang: Lang;
  onUse: (driver: Canvas) => void;
}): ReactNode {
  const styles = useStyles();
  return (
    <section className={styles.card}>
      <details>
        <summary>
          <Subtitle2>{t('tab.driver.history', { count: history.length })}</Subtitle2>
        </summary>
        <ol className={styles.list} reversed>
          {history.map((v) => (
            <li key={v.revision} className={styles.item}>
              <span className={styles.grow}>
                {t('tab.driver.version', { revision: v.revision, name: v.byName, when: when(v.at, lang) })}
                <br />
                <span className={styles.muted}>{v.driver.endGoal}</span>
              </span>
              {!readOnly && (
                <Button size="small" onClick={() => onUse({ ...v.driver })}>
                  {t('tab.driver.useVersion')}
                </Button>
              )}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
