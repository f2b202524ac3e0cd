import type { ReactNode } from 'react';
import { Badge, Subtitle2, makeStyles, mergeClasses } from '@fluentui/react-components';
import { Loaded } from '../../components/Loaded';
import { useStyles } from '../../ui';
import type { ViewProps } from '../view-props';
import { CheckInEntry } from './CheckInEntry';
import { feelingCounts } from './check-in-feelings';
import { useCheckIns, type CheckInsData } from './use-check-ins';

const useBadgeList = makeStyles({ bare: { listStyleType: 'none', margin: 0, padding: 0 } });

/** Facilitators only: the group's mood for the session's form, then each member's check-in with their name. */
export function CheckInPanel(props: ViewProps): ReactNode {
  const { t } = props;
  const styles = useStyles();
  const { bare } = useBadgeList();
  const state = useCheckIns(props);
  const render = ({ overview }: CheckInsData): ReactNode => {
    if (!overview) return null;
    if (overview.checkIns.length === 0) return <p className={styles.muted}>{t('tab.agenda.checkIns.none')}</p>;
    return (
      <>
        <Subtitle2 as="h4" id="check-ins-mood" className={styles.heading}>
          {t('tab.agenda.checkIns.mood')}
        </Subtitle2>
        <ul className={mergeClasses(styles.row, bare)} aria-labelledby="check-ins-mood">
          {feelingCounts(overview, t).map(({ label, count }) => (
            <li key={label}>
              <Badge appearance="tint" size="large">{`${label} × ${count}`}</Badge>
            </li>
          ))}
        </ul>
        {overview.variant === 'weather' && overview.averageMood && (
          <span>{t('tab.agenda.checkIns.average', { mood: t(`moods.${overview.averageMood}`) })}</span>
        )}
        <Subtitle2 as="h4" id="check-ins-members" className={styles.heading}>
          {t('tab.agenda.checkIns.members')}
        </Subtitle2>
        <ul className={styles.list} aria-labelledby="check-ins-members">
          {overview.checkIns.map((c, i) => (
            <CheckInEntry key={`${i}-${c.userName}`} entry={c} t={t} />
          ))}
        </ul>
      </>
    );
  };
  return (
    <section className={styles.list} aria-labelledby="check-ins-heading">
      <Subtitle2 as="h3" id="check-ins-heading" className={styles.heading}>
        {t('tab.agenda.checkIns.title')}
      </Subtitle2>
      <Loaded state={state} t={t} render={render} />
    </section>
  );
}
