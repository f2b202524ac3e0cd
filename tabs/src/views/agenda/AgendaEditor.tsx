import { useState, type ReactNode } from 'react';
import { Button, Field, Select } from '@fluentui/react-components';
import { isApiError, type ApiError } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { useStyles } from '../../ui';
import type { ViewProps } from '../view-props';
import { EditablePhase } from './EditablePhase';
import type { AgendaData } from './use-agenda';

type Phase = { key: string; minutes: number };
type Status = { kind: 'idle' | 'saved' } | { kind: 'error'; error: ApiError };

/** A facilitator prepares the next session: its format, its phases and their timeboxes. */
export function AgendaEditor(
  props: ViewProps & { next: AgendaData['next']; catalogue: AgendaData['catalogue']; formats: AgendaData['formats'] },
): ReactNode {
  const { t } = props;
  const styles = useStyles();
  const [format, setFormat] = useState<string>(props.next.format);
  const [phases, setPhases] = useState<Phase[]>(props.next.agenda.map((p) => ({ key: p.key, minutes: p.minutes })));
  const [adding, setAdding] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const title = (key: string) => t(`phase.${key}.title`);
  const save = async () => {
    try {
      await props.api.put(`/communities/${props.communityId}/agenda/draft`, { format, phases });
      setStatus({ kind: 'saved' });
    } catch (e) {
      if (isApiError(e)) setStatus({ kind: 'error', error: e });
    }
  };
  const add = () => {
    const known = props.catalogue.find((p) => p.key === adding);
    if (known) setPhases([...phases, { key: known.key, minutes: known.minutes }]);
    setAdding('');
  };
  const total = phases.reduce((sum, p) => sum + p.minutes, 0);
  return (
    <div className={styles.list}>
      <Field label={t('tab.agenda.format')}>
        <Select value={format} onChange={(_e, d) => setFormat(d.value)}>
          {props.formats.map((f) => (
            <option key={f} value={f}>
              {t(`format.${f}`)}
            </option>
          ))}
        </Select>
      </Field>
      <ol className={styles.list}>
        {phases.map((p, i) => (
          <EditablePhase
            key={`${p.key}-${i}`}
            title={title(p.key)}
            minutes={p.minutes}
            t={t}
            onMinutes={(minutes) => setPhases(phases.map((q, j) => (j === i ? { ...q, minutes } : q)))}
            onRemove={() => setPhases(phases.filter((_q, j) => j !== i))}
          />
        ))}
      </ol>
      <div className={styles.row}>
        <Select aria-label={t('tab.agenda.add')} value={adding} onChange={(_e, d) => setAdding(d.value)}>
          <option value="">{t('tab.agenda.add')}</option>
          {props.catalogue.map((p) => (
            <option key={p.key} value={p.key}>
              {title(p.key)}
            </option>
          ))}
        </Select>
        <Button disabled={!adding} onClick={add}>
          {t('tab.agenda.add')}
        </Button>
        <span className={styles.muted}>{t('tab.agenda.total', { minutes: total })}</span>
      </div>
      {status.kind === 'error' && <ErrorBar error={status.error} t={t} />}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void save()}>
          {t('tab.agenda.saveDraft')}
        </Button>
        {status.kind === 'saved' && <span role="status">{t('tab.driver.saved')}</span>}
      </div>
    </div>
  );
}
