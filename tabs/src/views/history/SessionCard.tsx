import type { ReactNode } from 'react';
import { Link, Subtitle2 } from '@fluentui/react-components';
import { when, type Lang, type Translate } from '../../i18n';
import { useStyles } from '../../ui';
import { ActionList } from '../my-actions/ActionList';
import type { PastSession } from './use-history';

export function SessionCard({ session: s, t, lang }: { session: PastSession; t: Translate; lang: Lang }): ReactNode {
  const styles = useStyles();
  const { present, members } = s.attendance;
  return (
    <section className={styles.card}>
      <div className={styles.row}>
        <Subtitle2 as="h3" className={styles.grow}>
          {t('tab.history.session', { number: s.number, format: t(`format.${s.format}`) })}
        </Subtitle2>
        <span className={styles.muted}>{when(s.startedAt, lang)}</span>
      </div>
      <span>
        {t('tab.history.attendance', { present: present.length, members })}
        {present.length ? `: ${present.join(', ')}` : ''}
      </span>
      {s.report ? (
        <div className={styles.row}>
          <Link href={s.report.pdfUrl} target="_blank">
            {t('tab.history.report')}
          </Link>
          <Link href={s.report.webUrl} target="_blank">
            {t('tab.history.folder')}
          </Link>
        </div>
      ) : (
        <span className={styles.muted}>{t('tab.history.noReport')}</span>
      )}
      <ActionList actions={s.actions} t={t} lang={lang} />
    </section>
  );
}
