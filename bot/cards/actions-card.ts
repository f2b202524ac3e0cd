import { ACTION_MAX, type ActionItem } from '../../domain/activities/actions/actions';
import type { Translate } from '../../i18n/t';
import type { AdaptiveCard, CardAction, CardElement, CardRef, PhasePosition } from './card-kit';
import { adaptiveCard, countLine, execute, moreLine, outcomeNotice, phaseHeading, refreshFor, text } from './card-kit';
import { actionSet, column, columns, container, input } from './card-layout';
import { facilitatorControls } from './facilitator-controls';
import { openDialog } from './dialog-button';
import { handedBackBlock } from './notice-card';

export const ACTIONS_VERBS = {
  add: 'actions.add',
  done: 'actions.done',
  reopen: 'actions.reopen',
  startEdit: 'actions.startEdit',
  edit: 'actions.edit',
  refresh: 'actions.refresh',
} as const;

/** Actions on one card at most (Teams' size limit); the tab shows them all. */
export const ACTIONS_ON_CARD = 15;

export interface ActionsCardView {
  ref: CardRef;
  sessionNumber: number;
  position?: PhasePosition;
  /** Who can own an action: the community's members and facilitators. */
  members: { id: string; name: string }[];
  actions: { id: string; item: ActionItem }[];
  defaultDue: string;
  open: boolean;
  token: string;
  /** Formats a YYYY-MM-DD date for the reader. */
  formatDate: (date: string) => string;
  notice?: { kind: 'added' | 'unchanged' | 'saved' | 'markedDone' | 'reopened' } | { kind: 'error'; message: string };
  /** The member's own view while they change one action: its form comes first. */
  editing?: { id: string; item: ActionItem };
  draft?: { what?: string; owner?: string; due?: string };
  /** Only the facilitators get their own view (their controls): the list is the same for everyone. */
  refreshUserIds?: string[];
  forFacilitator?: boolean;
}

/** "Who does what by next time": the list everybody sees, a form to add one, and done / edit per action. */
export function actionsCard(view: ActionsCardView, t: Translate): AdaptiveCard {
  const body = phaseHeading(t('actions.title', { number: view.sessionNumber }), view.position, t);
  if (view.notice) body.push(outcomeNotice(view.notice, (n) => t(`actions.${n.kind}`)));
  if (view.editing) body.push(...editForm(view, view.editing, t));
  else if (view.open) {
    const draft = view.draft?.what ? { draft: view.draft } : {};
    body.push(
      ...(view.draft?.what ? [handedBackBlock(view.draft.what, t)] : []),
      actionSet(
        openDialog(t('actions.add'), ACTIONS_VERBS.add, { ...view.ref, token: view.token, ...draft }, 'positive'),
      ),
    );
  }
  body.push(
    countLine(t, view.actions.length, { some: 'actions.listTitle', none: 'actions.none' }, { weight: 'Bolder' }),
  );
  body.push(...view.actions.slice(0, ACTIONS_ON_CARD).map((a) => actionRow(view, a, t)));
  body.push(...moreLine(t, 'actions.more', view.actions.length, ACTIONS_ON_CARD));
  body.push(...facilitatorControls(view, t));
  return adaptiveCard(body, [], refreshFor(ACTIONS_VERBS.refresh, view.ref, view.refreshUserIds, view.open));
}

/** The three fields of an action; `suffix` keeps the ids of each action's edit form apart. */
export function actionInputs(
  view: Pick<ActionsCardView, 'members' | 'defaultDue'>,
  suffix: string,
  values: { what?: string; owner?: string; due?: string },
  t: Translate,
): CardElement[] {
  return [
    input.text(`what${suffix}`, {
      label: t('actions.whatLabel'),
      placeholder: t('actions.whatPlaceholder'),
      maxLength: ACTION_MAX,
      isMultiline: true,
      value: values.what || undefined,
    }),
    columns([
      column('stretch', [
        input.choiceSet(`owner${suffix}`, {
          label: t('actions.ownerLabel'),
          placeholder: t('actions.ownerPlaceholder'),
          style: 'compact',
          choices: view.members.map((m) => ({ title: m.name, value: m.id })),
          value: values.owner || undefined,
        }),
      ]),
      column('stretch', [
        input.date(`due${suffix}`, { label: t('actions.dueLabel'), value: values.due ?? view.defaultDue }),
      ]),
    ]),
  ];
}

function editForm(view: ActionsCardView, action: { id: string; item: ActionItem }, t: Translate): CardElement[] {
  const values = view.draft ?? { what: action.item.what, owner: action.item.ownerId, due: action.item.due };
  const data = { ...view.ref, actionId: action.id };
  return [
    text(t('actions.editing'), { weight: 'Bolder' }),
    ...actionInputs(view, `_${action.id}`, values, t),
    actionSet(
      execute(t('actions.save'), ACTIONS_VERBS.edit, data, 'positive'),
      execute(t('actions.cancel'), ACTIONS_VERBS.refresh, view.ref),
    ),
  ];
}

function actionRow(view: ActionsCardView, action: { id: string; item: ActionItem }, t: Translate): CardElement {
  const { item } = action;
  const done = item.status === 'done';
  const data = { ...view.ref, actionId: action.id };
  const buttons: CardAction[] = [
    done
      ? execute(t('actions.reopen'), ACTIONS_VERBS.reopen, data)
      : execute(t('actions.done'), ACTIONS_VERBS.done, data),
  ];
  if (!done) buttons.push(openDialog(t('actions.edit'), ACTIONS_VERBS.edit, data));
  return container(
    [
      text(
        done ? `${t('actions.statusDone')} · ${item.what}` : item.what,
        done ? { subtle: true } : { weight: 'Bolder' },
      ),
      text(t('actions.owner', { owner: item.ownerName, due: view.formatDate(item.due) }), { subtle: true }),
      actionSet(...buttons),
    ],
    { separator: true },
  );
}
