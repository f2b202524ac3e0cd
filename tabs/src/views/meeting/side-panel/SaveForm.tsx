import type { ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import type { ApiError } from '../../../api';
import { ErrorBar } from '../../../components/ErrorBar';
import type { Translate } from '../../../i18n';
import { useStyles } from '../../../ui';

/** A side panel form: its fields, then its button and what happened after the last click (saved, or the refusal). */
export function SaveForm(props: {
  label: string;
  onSave: () => Promise<unknown>;
  error: ApiError | undefined;
  said: string;
  t: Translate;
  children: ReactNode;
}): ReactNode {
  const styles = useStyles();
  return (
    <form
      className={styles.list}
      onSubmit={(e) => {
        e.preventDefault();
        void props.onSave();
      }}
    >
      {props.children}
      {props.error && <ErrorBar error={props.error} t={props.t} />}
      <div className={styles.row}>
        <Button type="submit" appearance="primary">
          {props.label}
        </Button>
        <span role="status">{props.said}</span>
      </div>
    </form>
  );
}
