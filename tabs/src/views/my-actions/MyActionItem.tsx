import { useState, type ReactNode } from 'react';
import { Badge, Button, Field, Input } from '@fluentui/react-components';
import type { Api } from '../../api';
import { ErrorBar } from '../../components/ErrorBar';
import { dayOf, type Lang, type Translate } from '../../i18n';
import { useStyles } from '../../ui';
import { useApiCall } from '../../use-api-call';
import { TodoButton } from './TodoButton';
import type { ActionRow } from './use-my-actions';

interface MyActionItemProps {
  action: ActionRow;
  communityId: string;
  api: Api;
  t: Translate;
  lang: Lang;
  /** After a change was saved, with what the action says. */
  onChanged: (what: string) => void;
  /** After the action was sent to To Do. */
  onTodoSent: (count: number) => void;
}

/** One of the member's own actions: Done or Reopen, and its due date to move (no owner: it is theirs). */
export function MyActionItem(props: MyActionItemProps): ReactNode {
  const { action, api, t, lang } = props;
  const styles = useStyles();
  const { error, run } = useApiCall();
  const [due, setDue] = useState(action.due);
  const done = action.status === 'done';
  const path = `/communities/${props.communityId}/actions/${action.sessionId}/${action.id}`;
  const change = async (body: { status: 'open' | 'done' } | { due: string }) => {
    if (!(await run(() => api.put(path, body)))) props.onChanged(action.what);
  };
  const dueError = error?.field === 'due' ? error.message : undefined;
  return (
    <li className={styles.card}>
      <div className={styles.row}>
        <Badge appearance={done ? 'filled' : 'outline'} color={done ? 'success' : 'informative'}>
          {t(`tab.actions.${action.status}`)}
        </Badge>
        <span className={styles.grow}>{action.what}</span>
        <span className={styles.muted}>
          {t('tab.actions.fromSession', { number: action.sessionNumber, date: dayOf(action.due, lang) })}
        </span>
        {action.todo === 'inStep' && <Badge appearance="tint">{t('tab.actions.todoInStep')}</Badge>}
      </div>
      {action.todo === 'outOfStep' && <p className={styles.muted}>{t('tab.actions.todoOutOfStep')}</p>}
      <div className={styles.row}>
        <Button
          appearance={done ? 'secondary' : 'primary'}
          aria-label={`${t(done ? 'tab.actions.reopen' : 'tab.actions.markDone')}: ${action.what}`}
          onClick={() => void change({ status: done ? 'open' : 'done' })}
        >
          {t(done ? 'tab.actions.reopen' : 'tab.actions.markDone')}
        </Button>
        {!done && (
          <Field
            label={t('tab.actions.dueLabel')}
            orientation="horizontal"
            {...(dueError ? { validationMessage: dueError, validationState: 'error' as const } : {})}
          >
            <Input type="date" value={due} onChange={(_e, d) => setDue(d.value)} />
          </Field>
        )}
        {!done && (
          <Button disabled={due === action.due} onClick={() => void change({ due })}>
            {t('tab.actions.saveDue')}
          </Button>
        )}
        <TodoButton
          api={api}
          t={t}
          actions={[{ communityId: props.communityId, sessionId: action.sessionId, actionId: action.id }]}
          label={t('tab.actions.sendToTodo')}
          about={action.what}
          onSent={props.onTodoSent}
        />
      </div>
      {error && !dueError && <ErrorBar error={error} t={t} />}
    </li>
  );
}
