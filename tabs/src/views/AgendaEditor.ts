import { createElement as h, useState, type ReactNode } from 'react';
import { Button, Field, Select, SpinButton } from '@fluentui/react-components';
import { isApiError, type ApiError } from '../api';
import type { AgendaData } from '../types';
import { ErrorBar, useStyles } from '../ui';
import type { ViewProps } from './DriverView';

type Phase = { key: string; minutes: number };

/** A facilitator prepares the next session: its format, its phases and their timeboxes. */
export function AgendaEditor(
  props: ViewProps & { next: AgendaData['next']; catalogue: AgendaData['catalogue']; formats: AgendaData['formats'] },
): ReactNode {
  const { t } = props;
  const styles = useStyles();
  const [format, setFormat] = useState<string>(props.next.format);
  const [phases, setPhases] = useState<Phase[]>(props.next.agenda.map((p) => ({ key: p.key, minutes: p.minutes })));
  const [adding, setAdding] = useState('');
  const [status, setStatus] = useState<{ kind: 'idle' | 'saved' } | { kind: 'error'; error: ApiError }>({
    kind: 'idle',
  });
  const title = (key: string) => t(`phase.${key}.title`);
  const save = async () => {
    try {
      await props.api.put(`/communities/${props.communityId}/agenda/draft`, { format, phases });
      setStatus({ kind: 'saved' });
    } catch (e) {
      if (isApiError(e)) setStatus({ kind: 'error', error: e });
    }
  };
  const total = phases.reduce((sum, p) => sum + p.minutes, 0);
  return h(
    'div',
    { className: styles.list },
    h(
      Field,
      { label: t('tab.agenda.format') },
      h(
        Select,
        { value: format, onChange: (_e, d) => setFormat(d.value) },
        ...props.formats.map((f) => h('option', { key: f, value: f }, t(`format.${f}`))),
      ),
    ),
    h(
      'ol',
      { className: styles.list },
      ...phases.map((p, i) =>
        h(
          'li',
          { key: `${p.key}-${i}`, className: styles.item },
          h('span', { className: styles.grow }, title(p.key)),
          h(SpinButton, {
            'aria-label': t('tab.agenda.minutes', { title: title(p.key) }),
            value: p.minutes,
            min: 1,
            max: 240,
            onChange: (_e, d) => {
              const minutes = d.value ?? Number(d.displayValue);
              if (Number.isFinite(minutes))
                setPhases(phases.map((q, j) => (j === i ? { ...q, minutes: Math.round(minutes) } : q)));
            },
          }),
          h(
            Button,
            {
              className: styles.iconButton,
              appearance: 'subtle',
              'aria-label': t('tab.agenda.remove', { title: title(p.key) }),
              onClick: () => setPhases(phases.filter((_q, j) => j !== i)),
            },
            '✕',
          ),
        ),
      ),
    ),
    h(
      'div',
      { className: styles.row },
      h(
        Select,
        { 'aria-label': t('tab.agenda.add'), value: adding, onChange: (_e, d) => setAdding(d.value) },
        h('option', { value: '' }, t('tab.agenda.add')),
        ...props.catalogue.map((p) => h('option', { key: p.key, value: p.key }, title(p.key))),
      ),
      h(
        Button,
        {
          disabled: !adding,
          onClick: () => {
            const known = props.catalogue.find((p) => p.key === adding);
            if (known) setPhases([...phases, { key: known.key, minutes: known.minutes }]);
            setAdding('');
          },
        },
        t('tab.agenda.add'),
      ),
      h('span', { className: styles.muted }, t('tab.agenda.total', { minutes: total })),
    ),
    status.kind === 'error' ? h(ErrorBar, { error: status.error, t }) : null,
    h(
      'div',
      { className: styles.row },
      h(Button, { appearance: 'primary', onClick: () => void save() }, t('tab.agenda.saveDraft')),
      status.kind === 'saved' ? h('span', { role: 'status' }, t('tab.driver.saved')) : null,
    ),
  );
}
