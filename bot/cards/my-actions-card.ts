import type { CommunityActions, OwnAction } from '../../domain/activities/actions/member-actions';
import type { Translate } from '../../i18n/t';
import type { AdaptiveCard, CardElement } from './card-kit';
import { adaptiveCard, execute, heading, notice, text } from './card-kit';
import { actionSet, container } from './card-layout';
import { ACTIONS_ON_CARD } from './actions-card';

export const MY_ACTIONS_VERBS = { done: 'myActions.done', reopen: 'myActions.reopen' } as const;

/** One action on the card: `session/action`, as the buttons send it (not `sessionId`: the card lives in a 1:1). */
export const actionRef = (a: Pick<OwnAction, 'sessionId' | 'id'>): string => `${a.sessionId}/${a.id}`;

export interface MyActionsCardView {
  groups: CommunityActions[];
  /** The actions this card shows, so a click keeps the list as it was (a done one stays, to undo). */
  shown: string[];
  /** Open actions left off the card (Teams' size limit); the tab shows them all. */
  more: number;
  formatDate: (date: string) => string;
  notice?: { kind: 'markedDone' | 'reopened' } | { kind: 'error'; message: string };
}

/** `/actions` in the personal chat: the member's open actions in every community, with Done (and undo) each. */
export function myActionsCard(view: MyActionsCardView, t: Translate): AdaptiveCard {
  const body: CardElement[] = [heading(t('myActions.title'))];
  if (view.notice)
    body.push(
      view.notice.kind === 'error'
        ? notice(view.notice.message, 'Attention')
        : notice(t(`actions.${view.notice.kind}`), 'Good'),
    );
  if (view.groups.length === 0) body.push(text(t('myActions.none')));
  for (const group of view.groups)
    body.push(
      text(group.communityName, { size: 'Medium', weight: 'Bolder', separator: true }),
      ...group.actions.map((a) => actionRow(view, a, t)),
    );
  if (view.more > 0) body.push(text(t('actions.more', { count: view.more }), { subtle: true }));
  return adaptiveCard(body);
}

function actionRow(view: MyActionsCardView, action: OwnAction, t: Translate): CardElement {
  const done = action.status === 'done';
  const data = { action: actionRef(action), shown: view.shown.join(' ') };
  return container(
    [
      text(
        done ? `${t('actions.statusDone')} · ${action.what}` : action.what,
        done ? { subtle: true } : { weight: 'Bolder' },
      ),
      text(t('myActions.from', { number: action.sessionNumber, due: view.formatDate(action.due) }), { subtle: true }),
      actionSet(
        done
          ? execute(t('actions.reopen'), MY_ACTIONS_VERBS.reopen, data)
          : execute(t('actions.done'), MY_ACTIONS_VERBS.done, data, 'positive'),
      ),
    ],
    { separator: true },
  );
}

/** At most one card's worth of actions, community by community. */
export function onCard(groups: CommunityActions[]): { groups: CommunityActions[]; more: number } {
  let room = ACTIONS_ON_CARD;
  const kept: CommunityActions[] = [];
  for (const group of groups) {
    const actions = group.actions.slice(0, Math.max(room, 0));
    room -= actions.length;
    if (actions.length) kept.push({ ...group, actions });
  }
  const total = groups.reduce((n, g) => n + g.actions.length, 0);
  return { groups: kept, more: total - ACTIONS_ON_CARD > 0 ? total - ACTIONS_ON_CARD : 0 };
}
