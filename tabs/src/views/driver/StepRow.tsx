import type { ReactNode } from 'react';
import { Input, Select } from '@fluentui/react-components';
import { RemoveButton } from '../../components/RemoveButton';
import type { Translate } from '../../i18n';
import { useStyles } from '../../ui';
import type { Topic } from '../topics/use-topics';
import type { Step } from './canvas';

export function StepRow({
  step,
  number,
  readOnly,
  topics,
  t,
  onChange,
  onRemove,
}: {
  step: Step;
  number: number;
  readOnly: boolean;
  topics: Topic[];
  t: Translate;
  onChange: (patch: Partial<Step>) => void;
  onRemove: () => void;
}): ReactNode {
  const styles = useStyles();
  const label = t('tab.driver.step', { number });
  return (
    <li className={styles.item}>
      <Input
        className={styles.grow}
        value={step.text}
        readOnly={readOnly}
        aria-label={label}
        onChange={(_e, d) => onChange({ text: d.value })}
      />
      <Select
        aria-label={`${t('tab.driver.stepTopic')} · ${label}`}
        value={step.topicId ?? ''}
        disabled={readOnly}
        onChange={(_e, d) => onChange({ topicId: d.value || undefined })}
      >
        <option value="">{`${t('tab.driver.stepTopic')}: ${t('tab.driver.none')}`}</option>
        {topics.map((topic) => (
          <option key={topic.id} value={topic.id}>
            {topic.text}
          </option>
        ))}
      </Select>
      {!readOnly && <RemoveButton label={t('tab.driver.removeStep', { number })} onRemove={onRemove} />}
    </li>
  );
}
