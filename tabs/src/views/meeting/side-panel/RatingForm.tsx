import { useState, type ReactNode } from 'react';
import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { ViewProps } from '../../view-props';
import { SaveForm } from './SaveForm';
import { fieldError, useSave } from './use-save';

const SCORES = ['1', '2', '3', '4', '5'] as const;

/** "How far are we toward our driver?": the member's score for this session, which they can change. */
export function RatingForm(props: ViewProps & { phaseIndex: number; mine?: number }): ReactNode {
  const { t } = props;
  const { error, said, save } = useSave();
  const [score, setScore] = useState(props.mine ? String(props.mine) : '');
  const submit = () =>
    save(
      () =>
        props.api.put(`/communities/${props.communityId}/driver-rating`, {
          phaseIndex: props.phaseIndex,
          score: Number(score),
        }),
      t('meetingViews.sidePanel.ratingSaved'),
    );
  return (
    <SaveForm label={t('driverRating.rate')} onSave={submit} error={error} said={said} t={t}>
      <Field label={t('driverRating.question')} {...fieldError(error, 'rating')}>
        <RadioGroup value={score} onChange={(_e, d) => setScore(d.value)}>
          {SCORES.map((s) => (
            <Radio key={s} value={s} label={t(`driverRating.scale.${s}`)} />
          ))}
        </RadioGroup>
      </Field>
    </SaveForm>
  );
}
