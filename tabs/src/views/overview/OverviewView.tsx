import { useState, type ReactNode } from 'react';
import {
  Button,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title3,
  makeStyles,
} from '@fluentui/react-components';
import type { Api } from '../../api';
import { Loaded } from '../../components/Loaded';
import type { Lang, Translate } from '../../i18n';
import { useStyles } from '../../ui';
import { OverviewTableRow } from './OverviewTableRow';
import { SORT_KEYS, sortRows, type SortKey } from './overview-sort';
import { useOverview, type OverviewData } from './use-overview';

// On paper (or as PDF) only the table: no header bar, no buttons, black on white, rows not split over pages.
const PRINT_CSS =
  '@media print { header, .leerkring-no-print { display: none !important; } ' +
  'body, main, main * { background: #fff !important; color: #000 !important; box-shadow: none !important; } ' +
  'tr { break-inside: avoid; } }';

const useOverviewStyles = makeStyles({ table: { tableLayout: 'auto' }, bar: { justifyContent: 'space-between' } });

const COLUMNS: { key?: SortKey; label: string }[] = [
  { key: 'name', label: 'community' },
  { key: 'next', label: 'sessions' },
  { key: 'attendance', label: 'attendance' },
  { key: 'driver', label: 'driver' },
  { key: 'open', label: 'actions' },
  { label: 'report' },
];

/** The personal Overview: every community the viewer is in, one sortable row each, to print or save as PDF. */
export function OverviewView({ api, t, lang }: { api: Api; t: Translate; lang: Lang }): ReactNode {
  const state = useOverview(api);
  const styles = useStyles();
  const own = useOverviewStyles();
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'name', ascending: true });
  const sortBy = (key: SortKey) =>
    setSort((s) => ({ key, ascending: s.key === key ? !s.ascending : SORT_KEYS.indexOf(key) < 2 }));
  const render = (data: OverviewData) =>
    data.communities.length === 0 ? (
      <p>{t('tab.overview.none')}</p>
    ) : (
      <Table size="small" className={own.table} aria-label={t('tab.views.overview')}>
        <TableHeader>
          <TableRow>
            {COLUMNS.map((c) => (
              <TableHeaderCell
                key={c.label}
                {...(c.key
                  ? {
                      sortable: true,
                      sortDirection:
                        sort.key === c.key
                          ? sort.ascending
                            ? ('ascending' as const)
                            : ('descending' as const)
                          : undefined,
                      onClick: () => sortBy(c.key as SortKey),
                    }
                  : {})}
              >
                {t(`tab.overview.columns.${c.label}`)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {sortRows(data.communities, sort.key, sort.ascending).map((row) => (
            <OverviewTableRow key={row.communityId} row={row} t={t} lang={lang} />
          ))}
        </TableBody>
      </Table>
    );
  return (
    <div className={styles.page}>
      <style>{PRINT_CSS}</style>
      <div className={`${styles.row} ${own.bar}`}>
        <Title3 as="h2" className={styles.heading}>
          {t('tab.views.overview')}
        </Title3>
        <Button className="leerkring-no-print" onClick={() => window.print()}>
          {t('tab.overview.print')}
        </Button>
      </div>
      <Loaded state={state} t={t} render={render} />
    </div>
  );
}
