import { postItsOf } from '../../domain/activities/board/board-use-cases';
import { cardAction, message, users, type TestUser } from '../fakes/activities';
import { allActions, cardOf, invokeCard, visibleText } from './card-reading';
import { dialogButton, openDialog, sendDialog, type DialogAnswer } from './dialog-reading';
import type { Harness } from './harness';
import { useHarness } from './use-harness';

// Issue 14, point 2: members write in dialogs, which a card update (someone else posting) cannot wipe.
jest.setTimeout(20_000);
const harness = useHarness();
let h: Harness;
let where: { serviceUrl: string; locale: string };
beforeEach(() => {
  h = harness.h;
  where = { ...harness.where, locale: 'nl-BE' };
});

type Card = Record<string, unknown>;

async function say(text: string, from: TestUser = users.griet): Promise<Card | undefined> {
  const before = h.connector.calls.length;
  expect((await h.post(message(text, from, where))).status).toBe(200);
  const posted = h.connector.calls.slice(before).filter((c) => c.kind !== 'update');
  return posted.length ? cardOf(posted.at(-1)!.activity) : undefined;
}

async function exploreBoard(): Promise<Card> {
  await say('/start-bijeenkomst');
  return (await say('/volgende'))!;
}

const opened = (answer: DialogAnswer): Card => {
  if (!answer.card) throw new Error(`the dialog closed: ${answer.closedWith}`);
  return answer.card;
};

const open = async (card: Card, verb: string, from: TestUser, pick?: (d: Card) => boolean) =>
  opened(await openDialog(h, where, dialogButton(card, verb, pick), from));

const boardTexts = async (card: Card): Promise<string[]> => {
  const { sessionId, phaseIndex } = dialogButton(card, 'board.add');
  return (await postItsOf(h.app.deps, String(sessionId), Number(phaseIndex))).map((p) => p.data.text).sort();
};

const hasInputs = (card: unknown): boolean => /"type":"Input\./.test(JSON.stringify(card));
const hasSendButton = (dialog: Card): boolean => allActions(dialog).some((a) => typeof a.data.dialog === 'string');

describe('writing a post-it in a dialog', () => {
  it('keeps what a member is typing when someone else posts: both post-its land on the board', async () => {
    const board = await exploreBoard();
    expect(hasInputs(board)).toBe(false);
    const pietersDialog = await open(board, 'board.add', users.pieter);
    const lottesDialog = await open(board, 'board.add', users.lotte);
    expect(visibleText(lottesDialog)).toContain('Jouw post-it');

    const pieter = await sendDialog(h, where, pietersDialog, { text: 'Oefentoetsen per hoofdstuk' }, users.pieter);
    expect(pieter.closedWith).toBe('Je post-it hangt op het bord.');
    await h.app.updater.flush();
    const shared = cardOf(h.connector.updates().at(-1)!.activity);
    expect(visibleText(shared)).toContain('1 post-it van 1 lid');
    expect(hasInputs(shared)).toBe(false);

    const lotte = await sendDialog(h, where, lottesDialog, { text: 'Casussen uit de stage' }, users.lotte);
    expect(lotte.closedWith).toBe('Je post-it hangt op het bord.');
    expect(await boardTexts(board)).toEqual(['Casussen uit de stage', 'Oefentoetsen per hoofdstuk']);
    await h.app.updater.flush();
    expect(visibleText(cardOf(h.connector.updates().at(-1)!.activity))).toContain('2 post-its van 2 leden');
  });

  it('keeps the dialog open with the field named and the text intact when it is too long', async () => {
    const board = await exploreBoard();
    const dialog = await open(board, 'board.add', users.pieter);
    const long = 'x'.repeat(312);
    const refused = opened(await sendDialog(h, where, dialog, { text: long }, users.pieter));
    expect(visibleText(refused)).toContain('De post-it is te lang: 312 van maximaal 280 tekens.');
    expect(JSON.stringify(refused)).toContain(`"value":"${long}"`);
    expect(hasSendButton(refused)).toBe(true);
    expect(await boardTexts(board)).toEqual([]);

    const english = opened(await sendDialog(h, { ...where, locale: 'en-US' }, dialog, { text: long }, users.pieter));
    expect(visibleText(english)).toContain('The post-it is too long: 312 of at most 280 characters.');
    const shortened = await sendDialog(h, where, refused, { text: 'Korter idee' }, users.pieter);
    expect(shortened.closedWith).toBe('Je post-it hangt op het bord.');
    expect(await boardTexts(board)).toEqual(['Korter idee']);
  });

  it('names the empty post-it instead of asking to pick an answer', async () => {
    const board = await exploreBoard();
    const refused = opened(
      await sendDialog(h, where, await open(board, 'board.add', users.pieter), { text: ' ' }, users.pieter),
    );
    expect(visibleText(refused)).toContain('De post-it is nog leeg');
    expect(visibleText(refused)).not.toContain('Kies eerst een antwoord op deze vraag');
  });

  it('hands the text back to copy when the session ended while the member was typing', async () => {
    const board = await exploreBoard();
    const dialog = await open(board, 'board.add', users.pieter);
    await say('/einde');
    const late = opened(await sendDialog(h, where, dialog, { text: 'Nog een laatste idee' }, users.pieter));
    expect(visibleText(late)).toContain('Bijeenkomst 1 is afgelopen');
    expect(visibleText(late)).toContain('Je tekst staat er nog, zodat je hem kunt kopiëren.');
    expect(JSON.stringify(late)).toContain('"value":"Nog een laatste idee"');
    expect(hasSendButton(late)).toBe(false);
    expect(await boardTexts(board)).toEqual([]);
  });

  it('adds one post-it when the same dialog is sent twice (a double click)', async () => {
    const board = await exploreBoard();
    const dialog = await open(board, 'board.add', users.pieter);
    await sendDialog(h, where, dialog, { text: 'Meer oefentoetsen' }, users.pieter);
    const again = await sendDialog(h, where, dialog, { text: 'Meer oefentoetsen' }, users.pieter);
    expect(again.closedWith).toBe('Je post-it hangt op het bord.');
    expect(await boardTexts(board)).toEqual(['Meer oefentoetsen']);
  });

  it("edits one's own post-it in a dialog that starts from its saved text", async () => {
    const board = await exploreBoard();
    await sendDialog(h, where, await open(board, 'board.add', users.pieter), { text: 'Eerste versie' }, users.pieter);
    const { sessionId, phaseIndex } = dialogButton(board, 'board.add');
    const refresh = { sessionId, phaseIndex, cardVersion: 1 };
    const mine = invokeCard((await h.post(cardAction('board.refresh', refresh, users.pieter, where))).body);
    const edit = await open(mine, 'board.edit', users.pieter);
    expect(JSON.stringify(edit)).toContain('"value":"Eerste versie"');
    const id = String(dialogButton(mine, 'board.edit').postItId);
    const saved = await sendDialog(h, where, edit, { [`text_${id}`]: 'Tweede versie' }, users.pieter);
    expect(saved.closedWith).toBe('Je post-it is bewaard.');
    expect(await boardTexts(board)).toEqual(['Tweede versie']);
  });

  it('keeps a handed-back draft when an older card saves an edited post-it (issue 14, point 10)', async () => {
    const board = await exploreBoard();
    await sendDialog(h, where, await open(board, 'board.add', users.pieter), { text: 'Eerste versie' }, users.pieter);
    const [postIt] = await postItsOf(h.app.deps, String(dialogButton(board, 'board.add').sessionId), 1);
    const ref = { sessionId: dialogButton(board, 'board.add').sessionId, phaseIndex: 1, cardVersion: 1 };
    const oldCardClick = { ...ref, postItId: postIt!.id, [`text_${postIt!.id}`]: 'Beter', text: 'Mijn half idee' };
    const saved = invokeCard((await h.post(cardAction('board.edit', oldCardClick, users.pieter, where))).body);
    expect(visibleText(saved)).toContain('Bewaard.');
    expect(visibleText(saved)).toContain('Mijn half idee');
    expect(JSON.stringify(await open(saved, 'board.add', users.pieter))).toContain('"value":"Mijn half idee"');
  });
});

describe('checking in in a dialog', () => {
  it('saves the check-in, and keeps every answer with the question named when one is missing', async () => {
    const checkIn = (await say('/start-bijeenkomst'))!;
    expect(hasInputs(checkIn)).toBe(false);
    const dialog = await open(checkIn, 'checkin.submit', users.pieter);
    const typed = { answer: 'Stoofvlees met frietjes', obstacles: 'Te weinig tijd' };
    const refused = opened(await sendDialog(h, where, dialog, typed, users.pieter));
    expect(visibleText(refused)).toContain('De weervraag is nog leeg');
    expect(JSON.stringify(refused)).toContain('"value":"Stoofvlees met frietjes"');
    expect(JSON.stringify(refused)).toContain('"value":"Te weinig tijd"');
    const saved = await sendDialog(h, where, refused, { ...typed, mood: 'sunny' }, users.pieter);
    expect(saved.closedWith).toBe('Je check-in is bewaard.');
    const sessionId = String(dialogButton(checkIn, 'checkin.submit').sessionId);
    expect((await h.app.deps.store.checkIns.get(sessionId, users.pieter.id))?.answer).toBe('Stoofvlees met frietjes');
  });
});
