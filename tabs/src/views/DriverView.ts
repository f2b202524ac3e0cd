import { createElement as h, useEffect, useState, type ReactNode } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  Title3,
  Subtitle2,
  mergeClasses,
} from '@fluentui/react-components';
import { isApiError, type Api, type ApiError } from '../api';
import { when, type Lang, type Translate } from '../i18n';
import type { DriverData, Role, TopicsData } from '../types';
import { ErrorBar, Loaded, errorText, useData, useStyles } from '../ui';
import { TrendChart } from './TrendChart';

type Canvas = NonNullable<DriverData['driver']>;
type TextField = 'endGoal' | 'whyItMatters' | 'whatGoesWell' | 'howWeWillKnow';
const FIELDS: TextField[] = ['endGoal', 'whyItMatters', 'whatGoesWell', 'howWeWillKnow'];
const EMPTY: Canvas = { endGoal: '', whyItMatters: '', whatGoesWell: '', howWeWillKnow: '', steps: [] };

export interface ViewProps {
  api: Api;
  communityId: string;
  role: Role;
  t: Translate;
  lang: Lang;
  /** Raised on every live update: views reload their data. */
  version: number;
}

export function DriverView(props: ViewProps): ReactNode {
  const state = useData<DriverData>(props.api, `/communities/${props.communityId}/driver`, props.version);
  const topics = useData<TopicsData>(props.api, `/communities/${props.communityId}/topics`, props.version);
  return h(Loaded<DriverData>, {
    state,
    t: props.t,
    render: (data) => h(DriverCanvas, { ...props, data, topics: topics.data?.topics ?? [], onSaved: state.reload }),
  });
}

function DriverCanvas({
  api,
  communityId,
  role,
  t,
  lang,
  data,
  topics,
  onSaved,
}: ViewProps & { data: DriverData; topics: TopicsData['topics']; onSaved: () => void }): ReactNode {
  const styles = useStyles();
  const [form, setForm] = useState<Canvas>(() => data.driver ?? EMPTY);
  const [base, setBase] = useState(data.revision);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<
    { kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; error: ApiError; theirs?: Canvas }
  >({ kind: 'idle' });
  const readOnly = role === 'observer';

  // A live update brings someone else's newer version: take it over unless the member is typing.
  useEffect(() => {
    if (!dirty && data.revision !== base) {
      setForm(data.driver ?? EMPTY);
      setBase(data.revision);
    }
  }, [data, dirty, base]);

  const change = (next: Canvas) => {
    setForm(next);
    setDirty(true);
    if (status.kind === 'saved') setStatus({ kind: 'idle' });
  };
  const save = async () => {
    setStatus({ kind: 'saving' });
    try {
      const { revision } = await api.put<{ revision: number }>(`/communities/${communityId}/driver`, {
        baseRevision: base,
        driver: form,
      });
      setBase(revision);
      setDirty(false);
      setStatus({ kind: 'saved' });
      onSaved();
    } catch (error) {
      if (!isApiError(error)) throw error;
      const current = error.current as { driver: Canvas; revision: number } | undefined;
      if (current) setBase(current.revision); // saving again keeps the member's text on top of the newest version
      setStatus({ kind: 'error', error, ...(current ? { theirs: current.driver } : {}) });
    }
  };
  const fieldError = (field: string) =>
    status.kind === 'error' && status.error.field?.startsWith(field) ? errorText(status.error, t) : undefined;
  const changedBy = (part: keyof DriverData['changedBy']) => {
    const change = data.changedBy[part];
    return change ? t('tab.driver.changedBy', { name: change.byName, when: when(change.at, lang) }) : undefined;
  };
  const last = data.history[0];

  return h(
    'div',
    { className: styles.page },
    h(
      'section',
      { className: styles.card, 'aria-labelledby': 'driver-heading' },
      h(
        'div',
        { className: styles.row },
        h(
          Title3,
          { as: 'h2', id: 'driver-heading', className: mergeClasses(styles.heading, styles.grow) },
          t('tab.driver.heading'),
        ),
        h(
          'span',
          { className: styles.muted },
          last
            ? t('tab.driver.lastChanged', { name: last.byName, when: when(last.at, lang) })
            : t('tab.driver.neverChanged'),
        ),
      ),
      h(
        'p',
        { className: styles.muted, style: { margin: 0 } },
        readOnly ? t('tab.driver.readOnly') : t('tab.driver.intro'),
      ),
      h(
        Field,
        {
          label: t('tab.driver.endGoal'),
          validationMessage: fieldError('endGoal'),
          hint: changedBy('endGoal'),
          size: 'large',
        },
        h(Textarea, {
          value: form.endGoal,
          readOnly,
          resize: 'vertical',
          rows: 3,
          onChange: (_e, d) => change({ ...form, endGoal: d.value }),
        }),
      ),
      h(
        'div',
        { className: styles.grid },
        ...(['whyItMatters', 'whatGoesWell'] as const).map((field) =>
          h(
            Field,
            {
              key: field,
              label: t(`tab.driver.${field}`),
              validationMessage: fieldError(field),
              hint: changedBy(field),
            },
            h(Textarea, {
              value: form[field],
              readOnly,
              resize: 'vertical',
              rows: 3,
              onChange: (_e, d) => change({ ...form, [field]: d.value }),
            }),
          ),
        ),
      ),
      h(Steps, { form, readOnly, topics, t, change, error: fieldError('steps'), hint: changedBy('steps') }),
      h(
        Field,
        {
          label: t('tab.driver.howWeWillKnow'),
          validationMessage: fieldError('howWeWillKnow'),
          hint: changedBy('howWeWillKnow'),
        },
        h(Textarea, {
          value: form.howWeWillKnow,
          readOnly,
          resize: 'vertical',
          rows: 2,
          onChange: (_e, d) => change({ ...form, howWeWillKnow: d.value }),
        }),
      ),
      status.kind === 'error' ? h(ErrorBar, { error: status.error, t }) : null,
      status.kind === 'error' && status.theirs ? h(Theirs, { theirs: status.theirs, t }) : null,
      readOnly
        ? null
        : h(
            'div',
            { className: styles.row },
            h(
              Button,
              { appearance: 'primary', disabled: status.kind === 'saving', onClick: () => void save() },
              status.kind === 'saving' ? t('tab.driver.saving') : t('tab.driver.save'),
            ),
            status.kind === 'saved' ? h('span', { role: 'status' }, t('tab.driver.saved')) : null,
          ),
    ),
    h(
      'section',
      { className: styles.card, 'aria-labelledby': 'trend-heading' },
      h(Subtitle2, { as: 'h2', id: 'trend-heading' }, t('tab.driver.trend')),
      h(TrendChart, { trend: data.trend, t }),
    ),
    data.history.length > 0
      ? h(
          'section',
          { className: styles.card },
          h(
            'details',
            null,
            h('summary', null, h(Subtitle2, null, t('tab.driver.history', { count: data.history.length }))),
            h(
              'ol',
              { className: styles.list, reversed: true },
              ...data.history.map((v) =>
                h(
                  'li',
                  { key: v.revision, className: styles.item },
                  h(
                    'span',
                    { className: styles.grow },
                    t('tab.driver.version', { revision: v.revision, name: v.byName, when: when(v.at, lang) }),
                    h('br'),
                    h('span', { className: styles.muted }, v.driver.endGoal),
                  ),
                  readOnly
                    ? null
                    : h(Button, { size: 'small', onClick: () => change({ ...v.driver }) }, t('tab.driver.useVersion')),
                ),
              ),
            ),
          ),
        )
      : null,
  );
}

function Steps({
  form,
  readOnly,
  topics,
  t,
  change,
  error,
  hint,
}: {
  form: Canvas;
  readOnly: boolean;
  topics: TopicsData['topics'];
  t: Translate;
  change: (c: Canvas) => void;
  error?: string;
  hint?: string;
}): ReactNode {
  const styles = useStyles();
  const setStep = (i: number, patch: Partial<Canvas['steps'][number]>) =>
    change({ ...form, steps: form.steps.map((s, j) => (j === i ? clean({ ...s, ...patch }) : s)) });
  return h(
    'fieldset',
    { style: { border: 'none', padding: 0, margin: 0 } },
    h('legend', null, h(Subtitle2, null, t('tab.driver.steps'))),
    hint ? h('p', { className: styles.muted, style: { margin: '0 0 4px' } }, hint) : null,
    error ? h(MessageBar, { intent: 'error' }, h(MessageBarBody, null, error)) : null,
    h(
      'ol',
      { className: styles.list },
      ...form.steps.map((step, i) =>
        h(
          'li',
          { key: i, className: styles.item },
          h(Input, {
            className: styles.grow,
            value: step.text,
            readOnly,
            'aria-label': t('tab.driver.step', { number: i + 1 }),
            onChange: (_e, d) => setStep(i, { text: d.value }),
          }),
          h(
            Select,
            {
              'aria-label': `${t('tab.driver.stepTopic')} · ${t('tab.driver.step', { number: i + 1 })}`,
              value: step.topicId ?? '',
              disabled: readOnly,
              onChange: (_e, d) => setStep(i, { topicId: d.value || undefined }),
            },
            h('option', { value: '' }, `${t('tab.driver.stepTopic')}: ${t('tab.driver.none')}`),
            ...topics.map((topic) => h('option', { key: topic.id, value: topic.id }, topic.text)),
          ),
          readOnly
            ? null
            : h(
                Button,
                {
                  className: styles.iconButton,
                  appearance: 'subtle',
                  'aria-label': t('tab.driver.removeStep', { number: i + 1 }),
                  onClick: () => change({ ...form, steps: form.steps.filter((_s, j) => j !== i) }),
                },
                '✕',
              ),
        ),
      ),
    ),
    readOnly
      ? null
      : h(
          Button,
          { style: { marginTop: '8px' }, onClick: () => change({ ...form, steps: [...form.steps, { text: '' }] }) },
          t('tab.driver.addStep'),
        ),
  );
}

const clean = (step: Canvas['steps'][number]): Canvas['steps'][number] =>
  Object.fromEntries(Object.entries(step).filter(([, v]) => v !== undefined)) as Canvas['steps'][number];

function Theirs({ theirs, t }: { theirs: Canvas; t: Translate }): ReactNode {
  const styles = useStyles();
  return h(
    'aside',
    { className: styles.item, style: { flexDirection: 'column', alignItems: 'flex-start' } },
    h(Subtitle2, null, t('tab.driver.theirs')),
    ...FIELDS.map((f) =>
      h('p', { key: f, style: { margin: 0 } }, h('strong', null, `${t(`tab.driver.${f}`)}: `), theirs[f]),
    ),
  );
}
