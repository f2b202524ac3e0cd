/**
 * The Adaptive Cards 1.5 elements and actions this app sends, with the properties the schema allows
 * and we use: a misspelt `type` or property fails the type check instead of rendering nothing.
 */
export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge' | 'Padding';
export type TextSize = 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
export type TextWeight = 'Lighter' | 'Default' | 'Bolder';
export type TextColor = 'Default' | 'Dark' | 'Light' | 'Accent' | 'Good' | 'Warning' | 'Attention';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
export type HorizontalAlignment = 'Left' | 'Center' | 'Right';
export type VerticalAlignment = 'Top' | 'Center' | 'Bottom';
export type ActionStyle = 'default' | 'positive' | 'destructive';
/** `auto`, `stretch`, a weight, or pixels such as `90px`. */
export type ColumnWidth = 'auto' | 'stretch' | number | `${number}px`;

interface ElementBase {
  id?: string;
  separator?: boolean;
  spacing?: Spacing;
  isVisible?: boolean;
}

export interface TextBlock extends ElementBase {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  size?: TextSize;
  weight?: TextWeight;
  color?: TextColor;
  isSubtle?: boolean;
  horizontalAlignment?: HorizontalAlignment;
}

export interface TextRun {
  type: 'TextRun';
  text: string;
  size?: TextSize;
  weight?: TextWeight;
  color?: TextColor;
  isSubtle?: boolean;
  italic?: boolean;
}

export interface RichTextBlock extends ElementBase {
  type: 'RichTextBlock';
  inlines: TextRun[];
  horizontalAlignment?: HorizontalAlignment;
}

export interface Container extends ElementBase {
  type: 'Container';
  items: CardElement[];
  style?: ContainerStyle;
  bleed?: boolean;
  verticalContentAlignment?: VerticalAlignment;
}

export interface Column extends ElementBase {
  type: 'Column';
  items: CardElement[];
  width?: ColumnWidth;
  style?: ContainerStyle;
  verticalContentAlignment?: VerticalAlignment;
}

export interface ColumnSet extends ElementBase {
  type: 'ColumnSet';
  columns: Column[];
  style?: ContainerStyle;
  bleed?: boolean;
}

export interface Image extends ElementBase {
  type: 'Image';
  url: string;
  altText?: string;
  size?: 'Auto' | 'Stretch' | 'Small' | 'Medium' | 'Large';
  selectAction?: OpenUrlAction;
}

export interface ActionSet extends ElementBase {
  type: 'ActionSet';
  actions: CardAction[];
}

interface InputBase extends ElementBase {
  id: string;
  label?: string;
  isRequired?: boolean;
  errorMessage?: string;
}

export interface TextInput extends InputBase {
  type: 'Input.Text';
  placeholder?: string;
  maxLength?: number;
  isMultiline?: boolean;
  value?: string;
}

export interface Choice {
  title: string;
  value: string;
}

export interface ChoiceSetInput extends InputBase {
  type: 'Input.ChoiceSet';
  choices: readonly Choice[];
  style?: 'compact' | 'expanded' | 'filtered';
  placeholder?: string;
  isMultiSelect?: boolean;
  value?: string;
}

export interface DateInput extends InputBase {
  type: 'Input.Date';
  /** YYYY-MM-DD. */
  value?: string;
  min?: string;
  max?: string;
}

export type CardElement =
  TextBlock | RichTextBlock | Container | ColumnSet | Image | ActionSet | TextInput | ChoiceSetInput | DateInput;

/** What a button sends back; `cardVersion` lets the bot recognise an old card. */
export interface ActionData {
  cardVersion: number;
  [key: string]: unknown;
}

export interface ExecuteAction {
  type: 'Action.Execute';
  verb: string;
  data: ActionData;
  /** Absent on the card's `refresh` action, which has no button. */
  title?: string;
  style?: ActionStyle;
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  url: string;
  /** Absent on an element's `selectAction`, which has no button. */
  title?: string;
  style?: ActionStyle;
}

/** In a card: opens a dialog (`data.msteams.type` "task/fetch"). In a dialog: sends its inputs (`task/submit`). */
export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: ActionData;
  style?: ActionStyle;
}

export type CardAction = ExecuteAction | OpenUrlAction | SubmitAction;

/** Teams asks the bot for a member's own view of the card (at most 60 ids). */
export interface Refresh {
  action: ExecuteAction;
  userIds: string[];
}

/** A Teams mention: `text` is the `<at>…</at>` in a TextBlock of the card. */
export interface Mention {
  type: 'mention';
  text: string;
  mentioned: { id: string; name: string };
}

export interface TeamsCardProperties {
  width?: 'Full';
  entities?: Mention[];
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  refresh?: Refresh;
  msteams?: TeamsCardProperties;
}
