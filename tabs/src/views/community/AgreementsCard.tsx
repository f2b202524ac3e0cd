import type { ReactNode } from 'react';
import { Subtitle2 } from '@fluentui/react-components';
import type { Translate } from '../../i18n';
import { useStyles } from '../../ui';
import type { CommunityData } from './use-community';

/** The community's agreements: those written down, and those from the board by category. */
export function AgreementsCard({
  agreements,
  t,
}: {
  agreements: CommunityData['agreements'];
  t: Translate;
}): ReactNode {
  const styles = useStyles();
  const { written, board } = agreements;
  return (
    <section className={styles.card}>
      <Subtitle2 as="h2">{t('tab.community.agreements')}</Subtitle2>
      {written.length + board.length === 0 && <p>{t('tab.community.noAgreements')}</p>}
      {written.length > 0 && (
        <ul>
          {written.map((a, i) => (
            <li key={i}>{a}</li>
          ))}
        </ul>
      )}
      {board.map((g) => (
        <div key={g.category}>
          <h3 style={{ fontSize: '14px', margin: '8px 0 4px' }}>{t(`board.category.${g.category}`)}</h3>
          <ul style={{ margin: 0 }}>
            {g.texts.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
