import { LEVELS } from '../../domain/activities/board/board';
import { actionInputs } from '../../bot/cards/actions-card';
import { postItInputs } from '../../bot/cards/board-card';
import type { AdaptiveCard } from '../../bot/cards/card-kit';
import { checkInInputs } from '../../bot/cards/check-in-card';
import { introductionInputs } from '../../bot/cards/introductions-card';
import { dialogBody, type DialogCardView } from '../../bot/dialogs/dialog-card';
import type { Translate } from '../../i18n/t';
import type { ActionsCardView } from '../../bot/cards/actions-card';

const ref = { sessionId: 's1', phaseIndex: 2, token: '6f1c2a8e-0d4b-4c55-9a0e-2f7b1d3c4e5f' };
const tooLong = { code: 'errors.input.tooLong', params: { field: 'text', length: 312, max: 280 } };
const ended = { code: 'errors.activity.sessionEnded', params: { number: 3 } };

/** The dialogs members write in (Teams shows them over the card; the Playground shows none). */
export function sampleDialogs(
  t: Translate,
  hostile: string,
  actions: Pick<ActionsCardView, 'members' | 'defaultDue'>,
): [name: string, card: AdaptiveCard][] {
  const dialog = (
    verb: string,
    submitKey: string,
    fields: DialogCardView['fields'],
    refusal?: DialogCardView['refusal'],
  ) => dialogBody({ verb, fields, carried: ref, submitKey, ...(refusal ? { refusal } : {}) }, t);
  const long = `${hostile} ${'Nog meer uitleg bij dit idee. '.repeat(9)}`.slice(0, 312);
  return [
    ['dialog: new post-it', dialog('board.add', 'board.add', postItInputs('text', LEVELS, {}, t))],
    [
      'dialog: new post-it (too long)',
      dialog(
        'board.add',
        'board.add',
        postItInputs('text', LEVELS, { text: long, category: 'institution' }, t),
        tooLong,
      ),
    ],
    [
      'dialog: new post-it (session ended)',
      dialog('board.add', 'board.add', postItInputs('text', [], { text: hostile }, t), ended),
    ],
    [
      'dialog: edit own post-it',
      dialog('board.edit', 'board.save', postItInputs('text_aaaa', [], { text: hostile }, t)),
    ],
    [
      'dialog: check-in',
      dialog(
        'checkin.submit',
        'checkIn.submit',
        checkInInputs({ variant: 'weather', question: 'dish', values: { mood: 'sunny', answer: hostile } }, t),
      ),
    ],
    ['dialog: new action', dialog('actions.add', 'actions.add', actionInputs(actions, '', { what: hostile }, t))],
    [
      'dialog: introduction',
      dialog(
        'introductions.submit',
        'introductions.submit',
        introductionInputs({ question: 'dish', draft: { programme: 'Vroedkunde', answer: hostile } }, t),
      ),
    ],
  ];
}
