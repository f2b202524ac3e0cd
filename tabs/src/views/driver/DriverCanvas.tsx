import type { ReactNode } from 'react';
import { Button, Subtitle2, Title3, mergeClasses } from '@fluentui/react-components';
import { ErrorBar } from '../../components/ErrorBar';
import { errorText } from '../../components/error-text';
import { when } from '../../i18n';
import { useStyles } from '../../ui';
import type { Topic } from '../topics/use-topics';
import type { ViewProps } from '../view-props';
import { CanvasField } from './CanvasField';
import type { CanvasEditing, TextField } from './canvas';
import { Contributions } from './Contributions';
import { DriverHistory } from './DriverHistory';
import { Steps } from './Steps';
import { Theirs } from './Theirs';
import { TrendChart } from './TrendChart';
import type { DriverData } from './use-driver';
import { useDriverForm } from './use-driver-form';

export function DriverCanvas({
  api,
  communityId,
  role,
  t,
  lang,
  data,
  topics,
  onSaved,
}: ViewProps & { data: DriverData; topics: Topic[]; onSaved: () => void }): ReactNode {
  const styles = useStyles();
  const { form, change, save, saving, saved, error, theirs, keepMine, takeTheirs } = useDriverForm(
    api,
    communityId,
    data,
    onSaved,
  );
  const readOnly = role === 'observer';
  const editing: CanvasEditing = { form, readOnly, change, t };
  const fieldError = (field: string) => (error?.field?.startsWith(field) ? errorText(error, t) : undefined);
  const changedBy = (part: keyof DriverData['changedBy']) => {
    const change = data.changedBy[part];
    return change ? t('tab.driver.changedBy', { name: change.byName, when: when(change.at, lang) }) : undefined;
  };
  const field = (name: TextField, rows: number) => ({
    label: t(`tab.driver.${name}`),
    value: form[name],
    error: fieldError(name),
    hint: changedBy(name),
    readOnly,
    rows,
    onChange: (value: string) => change({ ...form, [name]: value }),
  });
  const last = data.history[0];

  return (
    <div className={styles.page}>
      <div className={styles.row} style={{ alignItems: 'flex-start' }}>
        <section className={styles.card} aria-labelledby="driver-heading" style={{ flex: '3 1 480px' }}>
          <div className={styles.row}>
            <Title3 as="h2" id="driver-heading" className={mergeClasses(styles.heading, styles.grow)}>
              {t('tab.driver.heading')}
            </Title3>
            <span className={styles.muted}>
              {last
                ? t('tab.driver.lastChanged', { name: last.byName, when: when(last.at, lang) })
                : t('tab.driver.neverChanged')}
            </span>
          </div>
          <p className={styles.muted} style={{ margin: 0 }}>
            {readOnly ? t('tab.driver.readOnly') : t('tab.driver.intro')}
          </p>
          <CanvasField {...field('endGoal', 3)} size="large" />
          <div className={styles.grid}>
            {(['whyItMatters', 'whatGoesWell'] as const).map((name) => (
              <CanvasField key={name} {...field(name, 3)} />
            ))}
          </div>
          <Steps {...editing} topics={topics} error={fieldError('steps')} hint={changedBy('steps')} />
          <CanvasField {...field('howWeWillKnow', 2)} />
          {error && <ErrorBar error={error} t={t} />}
          {theirs && (
            <Theirs
              theirs={theirs}
              t={t}
              saving={saving}
              onKeepMine={() => void keepMine()}
              onTakeTheirs={takeTheirs}
            />
          )}
          {!readOnly && !theirs && (
            <div className={styles.row}>
              <Button appearance="primary" disabled={saving} onClick={() => void save()}>
                {saving ? t('tab.driver.saving') : t('tab.driver.save')}
              </Button>
              {saved && <span role="status">{t('tab.driver.saved')}</span>}
            </div>
          )}
        </section>
        {data.contributions && <Contributions {...editing} contributions={data.contributions} />}
      </div>
      <section className={styles.card} aria-labelledby="trend-heading">
        <Subtitle2 as="h2" id="trend-heading">
          {t('tab.driver.trend')}
        </Subtitle2>
        <TrendChart trend={data.trend} t={t} />
      </section>
      {data.history.length > 0 && <DriverHistory {...editing} history={data.history} lang={lang} />}
    </div>
  );
}
