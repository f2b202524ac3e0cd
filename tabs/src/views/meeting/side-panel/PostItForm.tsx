import { useState, type ReactNode } from 'react';
import { Field, Select, Textarea } from '@fluentui/react-components';
import { useStyles } from '../../../ui';
import type { ViewProps } from '../../view-props';
import { SaveForm } from './SaveForm';
import type { MineOf } from './use-meeting';
import { fieldError, useSave } from './use-save';

const newToken = () => crypto.randomUUID();

/**
 * A member adds a post-it to the current board, one idea at a time, and sees their own. The token makes a retried
 * click add it once; a refused post-it keeps its text.
 */
export function PostItForm(props: ViewProps & { mine: MineOf<'board'>; reload: () => void }): ReactNode {
  const { t, mine } = props;
  const styles = useStyles();
  const { error, said, save } = useSave();
  const [text, setText] = useState('');
  const [category, setCategory] = useState(mine.categories[0] ?? '');
  const [token, setToken] = useState(newToken);
  const submit = async () => {
    const body = { phaseIndex: mine.phaseIndex, text, token, ...(mine.categories.length ? { category } : {}) };
    const added = await save(
      () => props.api.post(`/communities/${props.communityId}/post-its`, body),
      t('board.added'),
    );
    if (!added) return;
    setText('');
    setToken(newToken());
    props.reload();
  };
  return (
    <SaveForm label={t('board.add')} onSave={submit} error={error} said={said} t={t}>
      <Field label={t('board.newLabel')} {...fieldError(error, 'text')}>
        <Textarea value={text} placeholder={t('board.newPlaceholder')} onChange={(_e, d) => setText(d.value)} />
      </Field>
      {mine.categories.length > 0 && (
        <Field label={t('board.categoryLabel')} {...fieldError(error, 'category')}>
          <Select value={category} onChange={(_e, d) => setCategory(d.value)}>
            {mine.categories.map((c) => (
              <option key={c} value={c}>
                {t(`board.category.${c}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {mine.postIts.length > 0 && (
        <ul
          className={styles.list}
          aria-label={t('meetingViews.sidePanel.postItsMine', { count: mine.postIts.length })}
        >
          {mine.postIts.map((p) => (
            <li key={p.id} className={styles.postIt}>
              <span style={{ overflowWrap: 'anywhere' }}>{p.text}</span>
              {p.category && <span className={styles.muted}>{t(`board.category.${p.category}`)}</span>}
            </li>
          ))}
        </ul>
      )}
    </SaveForm>
  );
}
