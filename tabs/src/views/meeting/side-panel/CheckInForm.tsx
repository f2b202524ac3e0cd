import { useState, type ReactNode } from 'react';
import { Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { COLOURS, MOODS } from '../../../../../domain/activities/check-in/check-in';
import type { ViewProps } from '../../view-props';
import { SaveForm } from './SaveForm';
import type { MineOf } from './use-meeting';
import { fieldError, useSave } from './use-save';

type Answers = { feeling: string; answer: string; sinceLastTime: string; obstacles: string };
const QUESTIONS = ['sinceLastTime', 'obstacles'] as const;

/** The member's check-in, as on the card: the weather, colour or word of the session, and the questions. */
export function CheckInForm(props: ViewProps & { mine: MineOf<'check-in'> }): ReactNode {
  const { t, mine } = props;
  const { error, said, save } = useSave();
  const given = mine.answers;
  const feelingField = mine.variant === 'weather' ? 'mood' : mine.variant;
  const [answers, setAnswers] = useState<Answers>({
    feeling: given?.mood ?? given?.colour ?? given?.word ?? '',
    answer: given?.answer ?? '',
    sinceLastTime: given?.sinceLastTime ?? '',
    obstacles: given?.obstacles ?? '',
  });
  const set = (key: keyof Answers) => (value: string) => setAnswers({ ...answers, [key]: value });
  const submit = () => {
    const { feeling, ...rest } = answers;
    const body = { ...rest, [feelingField]: feeling };
    const path = `/communities/${props.communityId}/check-in`;
    return save(() => props.api.post(path, body), t('meetingViews.sidePanel.checkInSaved'));
  };
  const choices =
    mine.variant === 'colour' ? COLOURS.map((c) => [c, t(`colours.${c}`)]) : MOODS.map((m) => [m, t(`moods.${m}`)]);
  return (
    <SaveForm label={t(given ? 'checkIn.update' : 'checkIn.submit')} onSave={submit} error={error} said={said} t={t}>
      {mine.variant === 'word' ? (
        <Field label={t('checkIn.wordLabel')} {...fieldError(error, 'word')}>
          <Input
            value={answers.feeling}
            placeholder={t('checkIn.wordPlaceholder')}
            onChange={(_e, d) => set('feeling')(d.value)}
          />
        </Field>
      ) : (
        <Field
          label={t(mine.variant === 'colour' ? 'checkIn.colourLabel' : 'checkIn.moodLabel')}
          {...fieldError(error, feelingField)}
        >
          <RadioGroup value={answers.feeling} onChange={(_e, d) => set('feeling')(d.value)}>
            {choices.map(([value, label]) => (
              <Radio key={value} value={value} label={label} />
            ))}
          </RadioGroup>
        </Field>
      )}
      <Field label={t(`checkIn.questions.${mine.question}`)} {...fieldError(error, 'answer')}>
        <Textarea
          value={answers.answer}
          placeholder={t('checkIn.answerPlaceholder')}
          onChange={(_e, d) => set('answer')(d.value)}
        />
      </Field>
      {QUESTIONS.map((q) => (
        <Field key={q} label={t(`checkIn.${q}Label`)} {...fieldError(error, q)}>
          <Textarea value={answers[q]} onChange={(_e, d) => set(q)(d.value)} />
        </Field>
      ))}
    </SaveForm>
  );
}
