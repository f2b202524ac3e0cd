/**
 * Type-level test, run by `npm run typecheck` (not by jest): each `@ts-expect-error` line holds a typo
 * that must fail the type check. Were a typo to compile, its directive would be unused, and that fails
 * the type check too. The correct line above each typo shows the error comes from the typo alone.
 */
import type { CardAction, CardElement } from '../../bot/cards/card-kit';
import {
  actionSet,
  adaptiveCard,
  column,
  columns,
  container,
  execute,
  input,
  openUrl,
  text,
} from '../../bot/cards/card-kit';

const choices = [{ title: 'Ja', value: 'yes' }];
const ok = execute('Bewaren', 'board.add', { sessionId: 's1', phaseIndex: 0 });

export const elements: CardElement[] = [
  { type: 'Input.ChoiceSet', id: 'owner', choices },
  // @ts-expect-error -- misspelt element type
  { type: 'Input.ChoiseSet', id: 'owner', choices },
  { type: 'TextBlock', text: '<at>Lotte</at>', wrap: true },
  // @ts-expect-error -- misspelt property
  { type: 'TextBlock', text: '<at>Lotte</at>', wrapp: true },
  { type: 'Container', style: 'good', items: [] },
  // @ts-expect-error -- a container's style is lower case in the schema, unlike a text's colour
  { type: 'Container', style: 'Good', items: [] },
  { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: 'x', weight: 'Bolder' }] },
  // @ts-expect-error -- a weight the schema does not know
  { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: 'x', weight: 'Bold' }] },
  { type: 'Input.Text', id: 'what', maxLength: 280 },
  // @ts-expect-error -- an input without its id
  { type: 'Input.Text', maxLength: 280 },
  actionSet(ok),
  // @ts-expect-error -- a button is an action, not an element of the body
  ok,
  input.text('what', { maxLength: 280, isMultiline: true }),
  // @ts-expect-error -- property names are case-sensitive
  input.text('what', { maxlength: 280, isMultiline: true }),
  input.choiceSet('rating', { style: 'compact', choices }),
  // @ts-expect-error -- a choice-set style the schema does not know
  input.choiceSet('rating', { style: 'dropdown', choices }),
  columns([column('90px', [text('x')])]),
  // @ts-expect-error -- a column width is `auto`, `stretch`, a weight or pixels (px)
  columns([column('90pt', [text('x')])]),
  container([text('x')], { spacing: 'Medium' }),
  // @ts-expect-error -- a spacing the schema does not know
  container([text('x')], { spacing: 'Big' }),
  text('x', { size: 'Large' }),
  // @ts-expect-error -- a text size the schema does not know
  text('x', { size: 'Huge' }),
];

export const actions: CardAction[] = [
  openUrl('Openen', 'https://example.org', 'positive'),
  // @ts-expect-error -- an action style the schema does not know
  openUrl('Openen', 'https://example.org', 'primary'),
  { type: 'Action.OpenUrl', title: 'Openen', url: 'https://example.org' },
  // @ts-expect-error -- the type's case is wrong
  { type: 'Action.OpenURL', title: 'Openen', url: 'https://example.org' },
  { type: 'Action.Execute', verb: 'vote.cast', data: { cardVersion: 1 } },
  // @ts-expect-error -- a button that would send no card version back
  { type: 'Action.Execute', verb: 'vote.cast', data: {} },
];

export const cards = [
  adaptiveCard([], [], { msteams: { width: 'Full' } }),
  // @ts-expect-error -- Teams knows only the full width
  adaptiveCard([], [], { msteams: { width: 'Wide' } }),
  adaptiveCard([], [], {
    msteams: { entities: [{ type: 'mention', text: '<at>L</at>', mentioned: { id: 'u', name: 'L' } }] },
  }),
  // @ts-expect-error -- a mention needs who is mentioned
  adaptiveCard([], [], { msteams: { entities: [{ type: 'mention', text: '<at>L</at>' }] } }),
];
