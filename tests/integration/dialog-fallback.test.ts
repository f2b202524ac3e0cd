import { postItsOf } from '../../domain/activities/board/board-use-cases';
import { message, users, type TestUser } from '../fakes/activities';
import type { ConnectorCall } from '../fakes/bot-connector';
import { allActions, cardOf, visibleText } from './card-reading';
import { dialogButton } from './dialog-reading';
import type { Harness } from './harness';
import { useHarness } from './use-harness';

// A client without dialogs (the Agents Playground) sends a dialog button's Action.Submit as a message with `value`:
// the bot answers with the dialog's form as a message, and that form's button is taken as the dialog's submit.
jest.setTimeout(20_000);
const harness = useHarness();
const server = (): Harness => harness.h;
const nl = () => ({ ...harness.where, locale: 'nl-BE' });

type Card = Record<string, unknown>;
const OTHER_CHANNEL = {
  conversation: { id: '19:channel-andere@thread.tacv2;messageid=1', conversationType: 'channel', isGroup: true },
  channelData: {
    team: { id: '19:team-andere@thread.tacv2', name: 'Andere school' },
    channel: { id: '19:channel-andere@thread.tacv2', name: 'Algemeen' },
    tenant: { id: 'tenant-1' },
  },
};

/** What the bot sent or updated after `activity`, by kind. */
async function post(activity: Record<string, unknown>): Promise<{ sent: ConnectorCall[]; updated: ConnectorCall[] }> {
  const before = server().connector.calls.length;
  expect((await server().post(activity)).status).toBe(200);
  const calls = server().connector.calls.slice(before);
  return { sent: calls.filter((c) => c.kind !== 'update'), updated: calls.filter((c) => c.kind === 'update') };
}

async function say(text: string): Promise<Card> {
  const { sent } = await post(message(text, users.griet, nl()));
  return cardOf(sent.at(-1)!.activity);
}

/** A card's Action.Submit as a client without dialogs sends it: a message with the button's data (and inputs). */
const submitted = (value: Card, replyToId: string, from: TestUser, elsewhere = false): Record<string, unknown> => ({
  ...message('', from, nl()),
  ...(elsewhere ? OTHER_CHANNEL : {}),
  text: undefined,
  entities: [],
  value,
  replyToId,
});

/** Clicks the card's dialog button: the one message the bot answers with (its id and card). */
async function clickOpen(card: Card, verb: string, from: TestUser, elsewhere = false) {
  const { sent, updated } = await post(submitted(dialogButton(card, verb), 'shared-card', from, elsewhere));
  expect(updated).toEqual([]);
  expect(sent).toHaveLength(1);
  return { id: sent[0]!.activityId, form: cardOf(sent[0]!.activity) };
}

/** Sends the form message with these inputs: what replaced it in place. */
async function sendForm(form: { id: string; form: Card }, inputs: Card, from: TestUser, elsewhere = false) {
  const button = allActions(form.form).find((a) => typeof a.data.dialog === 'string');
  if (!button) throw new Error('the form has no button to send it');
  const { sent, updated } = await post(submitted({ ...button.data, ...inputs }, form.id, from, elsewhere));
  expect(sent).toEqual([]);
  expect(updated).toHaveLength(1);
  expect(updated[0]!.activityId).toBe(form.id);
  return { id: form.id, form: cardOf(updated[0]!.activity) };
}

const hasInputs = (card: unknown): boolean => /"type":"Input\./.test(JSON.stringify(card));

describe('dialogs in a client that shows none', () => {
  it('checks in through the form message: refused with every answer kept, then saved and counted', async () => {
    const checkIn = await say('/start-bijeenkomst');
    const form = await clickOpen(checkIn, 'checkin.submit', users.pieter);
    expect(visibleText(form.form)).toContain('Jouw check-in');
    expect(hasInputs(form.form)).toBe(true);

    const typed = { answer: 'Stoofvlees met frietjes', obstacles: 'Te weinig tijd' };
    const refused = await sendForm(form, typed, users.pieter);
    expect(visibleText(refused.form)).toContain('De weervraag is nog leeg');
    expect(JSON.stringify(refused.form)).toContain('"value":"Stoofvlees met frietjes"');
    expect(JSON.stringify(refused.form)).toContain('"value":"Te weinig tijd"');

    const saved = await sendForm(refused, { ...typed, mood: 'sunny' }, users.pieter);
    expect(visibleText(saved.form)).toBe('Je check-in is bewaard.');
    expect(hasInputs(saved.form)).toBe(false);
    const sessionId = String(dialogButton(checkIn, 'checkin.submit').sessionId);
    expect((await server().app.deps.store.checkIns.get(sessionId, users.pieter.id))?.answer).toBe(
      'Stoofvlees met frietjes',
    );
    await server().app.updater.flush();
    expect(visibleText(cardOf(server().connector.updates().at(-1)!.activity))).toContain('1 lid heeft ingecheckt.');

    const again = await clickOpen(checkIn, 'checkin.submit', users.pieter);
    expect(JSON.stringify(again.form)).toContain('"value":"Stoofvlees met frietjes"');
  });

  it('adds a post-it through the form message, and the board shows it to the group', async () => {
    await say('/start-bijeenkomst');
    const board = await say('/volgende');
    const form = await clickOpen(board, 'board.add', users.lotte);
    expect(visibleText(form.form)).toContain('Nieuwe post-it');

    const done = await sendForm(form, { text: 'Casussen uit de stage' }, users.lotte);
    expect(visibleText(done.form)).toBe('Je post-it hangt op het bord.');
    const { sessionId, phaseIndex } = dialogButton(board, 'board.add');
    const postIts = await postItsOf(server().app.deps, String(sessionId), Number(phaseIndex));
    expect(postIts.map((p) => p.data.text)).toEqual(['Casussen uit de stage']);
    await server().app.updater.flush();
    expect(visibleText(cardOf(server().connector.updates().at(-1)!.activity))).toContain('1 post-it van 1 lid');
  });

  it("refuses another community's card, opened or sent, and adds nothing", async () => {
    await say('/start-bijeenkomst');
    const board = await say('/volgende');
    const elsewhere = await clickOpen(board, 'board.add', users.lotte, true);
    expect(visibleText(elsewhere.form)).toContain('Deze kaart hoort bij een andere leergemeenschap.');
    expect(hasInputs(elsewhere.form)).toBe(false);

    const form = await clickOpen(board, 'board.add', users.lotte);
    const sent = await sendForm(form, { text: 'Van elders' }, users.lotte, true);
    expect(visibleText(sent.form)).toContain('Deze kaart hoort bij een andere leergemeenschap.');
    const { sessionId, phaseIndex } = dialogButton(board, 'board.add');
    expect(await postItsOf(server().app.deps, String(sessionId), Number(phaseIndex))).toEqual([]);
  });
});
