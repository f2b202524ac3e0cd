import type { ReactNode } from 'react';
import { Button, Subtitle2 } from '@fluentui/react-components';
import { useStyles } from '../../ui';
import type { CanvasEditing } from './canvas';
import { copyInto, holds } from './contribution-copy';
import type { DriverData } from './use-driver';

/** What the group contributed in the driver step, per guiding question, to copy onto the canvas with one click. */
export function Contributions({
  contributions,
  form,
  readOnly,
  change,
  t,
}: CanvasEditing & { contributions: NonNullable<DriverData['contributions']> }): ReactNode {
  const styles = useStyles();
  return (
    <aside className={styles.card} aria-labelledby="contributions-heading" style={{ flex: '1 1 280px' }}>
      <Subtitle2 as="h2" id="contributions-heading">
        {t('tab.driver.contributions.heading', { number: contributions.sessionNumber })}
      </Subtitle2>
      {contributions.parts.map(({ part, items }) => (
        <section key={part} aria-label={t(`board.category.${part}`)}>
          <p style={{ margin: '0 0 4px', fontWeight: 600 }}>{t(`board.category.${part}`)}</p>
          {items.length === 0 && <p className={styles.muted}>{t('tab.driver.contributions.none')}</p>}
          <ul className={styles.list}>
            {items.map((item) => (
              <li key={item.id} className={styles.item}>
                <span className={styles.grow}>{item.text}</span>
                {!readOnly && (
                  <Button
                    size="small"
                    disabled={holds(form, part, item.text)}
                    aria-label={`${t(`tab.driver.copy.${part}`)}: ${item.text}`}
                    onClick={() => change(copyInto(form, part, item.text))}
                  >
                    {holds(form, part, item.text) ? t('tab.driver.copy.done') : t(`tab.driver.copy.${part}`)}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}
