import { useState, type ReactNode } from 'react';
import { Field, SpinButton } from '@fluentui/react-components';
import { useStyles } from '../../../ui';
import type { ViewProps } from '../../view-props';
import { SaveForm } from './SaveForm';
import type { MineOf } from './use-meeting';
import { useSave } from './use-save';

/** The member's dots on the clusters and ideas, once the facilitator opened the vote; closed once revealed. */
export function DotsForm(props: ViewProps & { mine: MineOf<'vote'> }): ReactNode {
  const { t, mine } = props;
  const styles = useStyles();
  const { error, said, save } = useSave();
  const [dots, setDots] = useState<Record<string, number>>(mine.dots);
  if (!mine.opened) return <p className={styles.muted}>{t('tab.agenda.notOpenMember')}</p>;
  if (mine.revealed) return <p className={styles.muted}>{t('meetingViews.sidePanel.dots.closed')}</p>;
  const spent = Object.values(dots).reduce((a, b) => a + b, 0);
  const submit = () =>
    save(
      () => props.api.put(`/communities/${props.communityId}/ballot`, { phaseIndex: mine.phaseIndex, dots }),
      t('meetingViews.sidePanel.dots.saved'),
    );
  return (
    <SaveForm label={t('meetingViews.sidePanel.dots.save')} onSave={submit} error={error} said={said} t={t}>
      <span>
        {t('meetingViews.sidePanel.dots.left', {
          left: mine.rules.dots - spent,
          ...mine.rules,
          cap: mine.rules.capPerItem,
        })}
      </span>
      {mine.ideas.map((idea) => (
        <Field key={idea.id} label={t('meetingViews.sidePanel.dots.for', { text: idea.text })}>
          <SpinButton
            value={dots[idea.id] ?? 0}
            min={0}
            max={mine.rules.capPerItem}
            onChange={(_e, d) => {
              const typed = d.value ?? Number(d.displayValue);
              if (Number.isFinite(typed)) setDots({ ...dots, [idea.id]: Math.max(0, Math.round(typed)) });
            }}
          />
        </Field>
      ))}
    </SaveForm>
  );
}
