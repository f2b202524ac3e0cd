import type { ReactNode } from 'react';
import { Button, Subtitle2 } from '@fluentui/react-components';
import { when, type Lang } from '../../i18n';
import { useStyles } from '../../ui';
import type { CanvasEditing } from './canvas';
import type { DriverData } from './use-driver';

/** The earlier versions of the driver, newest first; members can take one up again (a change of the form). */
export function DriverHistory({
  history,
  lang,
  readOnly,
  change,
  t,
}: Omit<CanvasEditing, 'form'> & { history: DriverData['history']; lang: Lang }): ReactNode {
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
                <Button size="small" onClick={() => change({ ...v.driver })}>
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
