import { Fragment, type ReactNode } from 'react';
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { Translate } from '../../i18n';
import { useStyles } from '../../ui';
import { feelingLabel } from './check-in-feelings';
import type { CheckInEntryData } from './use-check-ins';

const useEntryStyles = makeStyles({
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  answers: { margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM },
  answer: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

const QUESTIONS = ['sinceLastTime', 'obstacles', 'answer'] as const;

/** One member's check-in as the facilitators see it: name, feeling and what they wrote. */
export function CheckInEntry({ entry, t }: { entry: CheckInEntryData; t: Translate }): ReactNode {
  const styles = useStyles();
  const own = useEntryStyles();
  const feeling = feelingLabel(entry, t);
  const written = QUESTIONS.filter((q) => entry[q] !== '');
  return (
    <li className={own.entry}>
      <div className={styles.row}>
        <strong>{entry.userName}</strong>
        {feeling && <Badge appearance="tint">{feeling}</Badge>}
        {entry.late && <Badge appearance="outline">{t('tab.agenda.checkIns.late')}</Badge>}
      </div>
      {written.length === 0 ? (
        <span className={styles.muted}>{t('tab.agenda.checkIns.nothingWritten')}</span>
      ) : (
        <dl className={own.answers}>
          {written.map((q) => (
            <Fragment key={q}>
              <dt className={styles.muted}>{t(`tab.agenda.checkIns.${q}`)}</dt>
              <dd className={own.answer}>{entry[q]}</dd>
            </Fragment>
          ))}
        </dl>
      )}
    </li>
  );
}
