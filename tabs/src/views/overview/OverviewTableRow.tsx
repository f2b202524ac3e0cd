import type { ReactNode } from 'react';
import { Badge, Link, TableCell, TableRow } from '@fluentui/react-components';
import { dayOf, plannedWhen, type Lang, type Translate } from '../../i18n';
import { useStyles } from '../../ui';
import { lastAttendance, lastRating } from './overview-sort';
import type { OverviewRow } from './use-overview';

/** The last few values of a trend, oldest first, as text a screen reader reads out too. */
const series = (values: (string | undefined)[]): string =>
  values
    .slice(-5)
    .map((v) => v ?? '–')
    .join(' → ');

/** One community of the Overview: a compact row, with the trends as their last values. */
export function OverviewTableRow({ row, t, lang }: { row: OverviewRow; t: Translate; lang: Lang }): ReactNode {
  const styles = useStyles();
  const share = lastAttendance(row);
  const rating = lastRating(row);
  const report = row.latestReport;
  const number = (n: number | undefined) => n?.toLocaleString(lang === 'nl' ? 'nl-BE' : 'en-GB');
  return (
    <TableRow>
      <TableCell>
        <strong>{row.name}</strong> <Badge appearance="outline">{t(`tab.community.roles.${row.role}`)}</Badge>
        {row.archived && <Badge appearance="tint">{t('tab.overview.archived')}</Badge>}
        <div className={styles.muted}>{row.endGoal || t('tab.overview.noGoal')}</div>
      </TableCell>
      <TableCell>
        <div>{t('tab.overview.held', { count: row.sessions.held })}</div>
        {row.sessions.running && <Badge color="success">{t('tab.overview.running')}</Badge>}
        <div className={styles.muted}>
          {row.sessions.next
            ? t('tab.overview.next', { when: plannedWhen(row.sessions.next, lang), count: row.sessions.planned })
            : t('tab.overview.nonePlanned')}
        </div>
      </TableCell>
      <TableCell>
        <div>{share === undefined ? '–' : `${Math.round(share * 100)} %`}</div>
        <div className={styles.muted}>{series(row.trend.map((p) => `${p.present}/${p.members}`))}</div>
      </TableCell>
      <TableCell>
        <div>{number(rating) ?? '–'}</div>
        <div className={styles.muted}>{series(row.trend.map((p) => number(p.rating.average)))}</div>
      </TableCell>
      <TableCell>
        <div>{t('tab.overview.actions', { open: row.actions.open, done: row.actions.done })}</div>
        {row.actions.overdue > 0 && (
          <Badge color="danger">{t('tab.overview.overdue', { count: row.actions.overdue })}</Badge>
        )}
      </TableCell>
      <TableCell>
        {!report ? (
          <span className={styles.muted}>–</span>
        ) : report.pdfUrl ? (
          <Link href={report.pdfUrl} target="_blank" rel="noreferrer">
            {t('tab.overview.report', { number: report.sessionNumber, date: dayOf(report.date, lang) })}
          </Link>
        ) : (
          <span>
            {t('tab.overview.reportPending', { number: report.sessionNumber, date: dayOf(report.date, lang) })}
          </span>
        )}
      </TableCell>
    </TableRow>
  );
}
