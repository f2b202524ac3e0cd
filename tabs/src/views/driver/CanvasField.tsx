import type { ReactNode } from 'react';
import { Field, Textarea } from '@fluentui/react-components';

/** One text of the driver canvas, with who changed it last and the refusal it drew, if any. */
export function CanvasField(props: {
  label: string;
  value: string;
  error: string | undefined;
  hint: string | undefined;
  readOnly: boolean;
  rows: number;
  size?: 'large';
  onChange: (value: string) => void;
}): ReactNode {
  return (
    <Field label={props.label} validationMessage={props.error} hint={props.hint} size={props.size}>
      <Textarea
        value={props.value}
        readOnly={props.readOnly}
        resize="vertical"
        rows={props.rows}
        onChange={(_e, d) => props.onChange(d.value)}
      />
    </Field>
  );
}
