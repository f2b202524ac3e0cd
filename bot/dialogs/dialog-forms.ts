import { categoriesOf } from '../../domain/activities/board/board';
import { postItsOf } from '../../domain/activities/board/board-use-cases';
import type { Session } from '../../domain/session/session';
import { translator } from '../../i18n/t';
import { sharedActionsView } from '../activities/actions-handlers';
import { field } from '../activities/card-target';
import { sharedIntroductionsView } from '../activities/introductions-handlers';
import type { BotServices } from '../bot-services';
import { ACTIONS_VERBS, actionInputs } from '../cards/actions-card';
import { BOARD_VERBS, postItInputs } from '../cards/board-card';
import type { CardElement } from '../cards/card-kit';
import { CHECK_IN_VERBS, checkInInputs } from '../cards/check-in-card';
import { INTRODUCTION_VERBS, introductionInputs } from '../cards/introductions-card';
import type { CardData } from '../check-in-actions';
import { personalCheckInView } from '../check-in-views';
import type { TurnInfo } from '../turn-info';

/** Where the form's values come from: what is saved (or a handed-back draft), or what the member just sent. */
export type Values = 'saved' | 'typed';

interface FormContext {
  services: BotServices;
  turn: TurnInfo;
  session: Session;
  data: CardData;
  values: Values;
}

/** One kind of dialog: its fields, the label of its button, and the ids its button sends back beside the inputs. */
export interface DialogForm {
  submitKey: string;
  /** `undefined` when what the card names is no longer there (a withdrawn post-it, a deleted action). */
  fields: (c: FormContext) => Promise<CardElement[] | undefined>;
  carry: readonly string[];
}

const REF = ['sessionId', 'phaseIndex'] as const;

/** The texts the member sent, by field id; or the draft a card handed back. */
function valuesOf(c: FormContext, ids: readonly string[]): Record<string, string> {
  const source = c.values === 'typed' ? c.data : draftOf(c.data);
  const pairs: [string, string][] = ids.map((id) => [id, field(source, id)]);
  return Object.fromEntries(pairs.filter(([, v]) => v !== ''));
}

const draftOf = (data: CardData): CardData =>
  data.draft && typeof data.draft === 'object' ? (data.draft as CardData) : {};

const t = (c: FormContext) => translator(c.turn.lang);
const phaseIndexOf = (c: FormContext): number => Number(c.data.phaseIndex ?? 0);
const categoriesHere = (c: FormContext) => {
  const phase = c.session.agenda[phaseIndexOf(c)];
  return phase ? categoriesOf(phase) : [];
};

const newPostIt: DialogForm = {
  submitKey: 'board.add',
  carry: [...REF, 'token'],
  fields: (c) => Promise.resolve(postItInputs('text', categoriesHere(c), valuesOf(c, ['text', 'category']), t(c))),
};

const ownPostIt: DialogForm = {
  submitKey: 'board.save',
  carry: [...REF, 'postItId'],
  fields: async (c) => {
    const id = field(c.data, 'postItId');
    const mine = (await postItsOf(c.services.deps, c.session.id, phaseIndexOf(c))).find(
      (p) => p.id === id && p.authorId === c.turn.actor.userId,
    );
    if (!mine) return undefined;
    const values =
      c.values === 'typed'
        ? { text: field(c.data, `text_${id}`), category: field(c.data, 'category') || mine.data.category }
        : { text: mine.data.text, category: mine.data.category };
    return postItInputs(`text_${id}`, categoriesHere(c), values, t(c));
  },
};

const CHECK_IN_FIELDS = ['mood', 'colour', 'word', 'answer', 'sinceLastTime', 'obstacles'] as const;

const checkIn: DialogForm = {
  submitKey: 'checkIn.submit',
  carry: REF,
  fields: async (c) => {
    const mine = await c.services.deps.store.checkIns.get(c.session.id, c.turn.actor.userId);
    const view = personalCheckInView(c.session, 0, mine);
    const handed = valuesOf(c, CHECK_IN_FIELDS);
    if (c.values === 'typed' || Object.keys(handed).length > 0) view.values = handed;
    return checkInInputs(view, t(c));
  },
};

const ACTION_FIELDS = ['what', 'owner', 'due'] as const;

const newAction: DialogForm = {
  submitKey: 'actions.add',
  carry: [...REF, 'token'],
  fields: async (c) => {
    const view = await sharedActionsView(c.services, c.session, phaseIndexOf(c), c.turn.lang);
    return actionInputs(view, '', valuesOf(c, ACTION_FIELDS), t(c));
  },
};

const anAction: DialogForm = {
  submitKey: 'actions.save',
  carry: [...REF, 'actionId'],
  fields: async (c) => {
    const id = field(c.data, 'actionId');
    const view = await sharedActionsView(c.services, c.session, phaseIndexOf(c), c.turn.lang);
    const action = view.actions.find((a) => a.id === id);
    if (!action) return undefined;
    const { what, ownerId: owner, due } = action.item;
    const typed = valuesOf(
      c,
      ACTION_FIELDS.map((f) => `${f}_${id}`),
    );
    const values =
      c.values === 'typed'
        ? { what: typed[`what_${id}`], owner: typed[`owner_${id}`], due: typed[`due_${id}`] }
        : { what, owner, due };
    return actionInputs(view, `_${id}`, values, t(c));
  },
};

const INTRODUCTION_FIELDS = ['programme', 'courses', 'answer'] as const;

const introduction: DialogForm = {
  submitKey: 'introductions.submit',
  carry: REF,
  fields: async (c) => {
    const view = await sharedIntroductionsView(c.services, c.session, phaseIndexOf(c), c.turn.actor.userId);
    const handed = valuesOf(c, INTRODUCTION_FIELDS);
    const draft = c.values === 'typed' || Object.keys(handed).length > 0 ? { draft: handed } : {};
    return introductionInputs({ ...view, ...draft }, t(c));
  },
};

/** The dialogs, by the card verb their button sends: the same verb, and so the same handler, as the card's. */
export const DIALOG_FORMS: ReadonlyMap<string, DialogForm> = new Map([
  [BOARD_VERBS.add, newPostIt],
  [BOARD_VERBS.edit, ownPostIt],
  [CHECK_IN_VERBS.submit, checkIn],
  [ACTIONS_VERBS.add, newAction],
  [ACTIONS_VERBS.edit, anAction],
  [INTRODUCTION_VERBS.submit, introduction],
]);
