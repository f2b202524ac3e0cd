import type { ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { useStyles } from '../../ui';
import type { Topic } from '../topics/use-topics';
import { clean, type CanvasEditing, type Step } from './canvas';
import { StepRow } from './StepRow';

/** The driver's steps: each a text, optionally linked to one of the community's topics. */
export function Steps({
  form,
  readOnly,
  topics,
  t,
  change,
  error,
  hint,
}: CanvasEditing & { topics: Topic[]; error?: string | undefined; hint?: string | undefined }): ReactNode {
  const styles = useStyles();
  const setStep = (i: number, patch: Partial<Step>) =>
    change({ ...form, steps: form.steps.map((s, j) => (j === i ? clean({ ...s, ...patch }) : s)) });
  return (
    <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
      <legend>
        <Subtitle2>{t('tab.driver.steps')}</Subtitle2>
      </legend>
      {hint && (
        <p className={styles.muted} style={{ margin: '0 0 4px' }}>
          {hint}
        </p>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <ol className={styles.list}>
        {form.steps.map((step, i) => (
          <StepRow
            key={i}
            step={step}
            number={i + 1}
            readOnly={readOnly}
            topics={topics}
            t={t}
            onChange={(patch) => setStep(i, patch)}
            onRemove={() => change({ ...form, steps: form.steps.filter((_s, j) => j !== i) })}
          />
        ))}
      </ol>
      {!readOnly && (
        <Button style={{ marginTop: '8px' }} onClick={() => change({ ...form, steps: [...form.steps, { text: '' }] })}>
          {t('tab.driver.addStep')}
        </Button>
      )}
    </fieldset>
  );
}
