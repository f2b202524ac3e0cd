/**
 * Typed builders for layout, buttons and inputs. Each puts `type` (and `id`) first and the caller's
 * properties after, in the caller's order, so the JSON reads like the schema's examples.
 */
import type {
  ActionSet,
  ActionStyle,
  CardAction,
  CardElement,
  ChoiceSetInput,
  Column,
  ColumnSet,
  ColumnWidth,
  Container,
  DateInput,
  OpenUrlAction,
  TextInput,
} from './card-elements';

type Props<T, Given extends keyof T> = Omit<T, 'type' | Given>;

/**
 * Leaves out what is `undefined`, so a caller writes `value: draft || undefined` (checked against the
 * element's properties) rather than `...(draft ? { value: draft } : {})`, where a misspelt name compiles.
 */
const defined = <T extends object>(props: T): T =>
  Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as T;

export const container = (items: CardElement[], props: Props<Container, 'items'> = {}): Container => ({
  type: 'Container',
  ...defined(props),
  items,
});

export const columns = (cols: Column[], props: Props<ColumnSet, 'columns'> = {}): ColumnSet => ({
  type: 'ColumnSet',
  ...defined(props),
  columns: cols,
});

export const column = (
  width: ColumnWidth,
  items: CardElement[],
  props: Props<Column, 'width' | 'items'> = {},
): Column => ({
  type: 'Column',
  width,
  ...defined(props),
  items,
});

/** Buttons in the body, next to what they act on. */
export const actionSet = (...actions: CardAction[]): ActionSet => ({ type: 'ActionSet', actions });

export const openUrl = (title: string, url: string, style?: Exclude<ActionStyle, 'default'>): OpenUrlAction => ({
  type: 'Action.OpenUrl',
  title,
  url,
  ...(style ? { style } : {}),
});

export const input = {
  text: (id: string, props: Props<TextInput, 'id'> = {}): TextInput => ({ type: 'Input.Text', id, ...defined(props) }),
  choiceSet: (id: string, props: Props<ChoiceSetInput, 'id'>): ChoiceSetInput => ({
    type: 'Input.ChoiceSet',
    id,
    ...defined(props),
  }),
  date: (id: string, props: Props<DateInput, 'id'> = {}): DateInput => ({ type: 'Input.Date', id, ...defined(props) }),
};
