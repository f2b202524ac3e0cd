import { CHANNEL, TEAM, cardAction, message, users, type TestUser } from '../fakes/activities';
import { allActions, cardOf, invokeCard, visibleText } from './card-reading';
import { startHarness, type Harness } from './harness';

const an: TestUser = { id: '29:an', name: 'An Peeters', aadObjectId: 'aad-an' };
const bram: TestUser = { id: '29:bram', name: 'Bram Wouters', aadObjectId: 'aad-bram' };
const five = [users.pieter, users.lotte, an, bram, users.griet];
const local = { users: five.map((u) => ({ userId: u.id, name: u.name, aadObjectId: u.aadObjectId ?? u.id })) };

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ tab: { local } });
});
afterEach(async () => {
  await h.stop();
  expect(h.errors).toEqual([]);
});

type Card = Record<string, unknown>;
const where = () => ({ serviceUrl: h.connector.url, locale: 'nl-BE' });

/** What the bot posted (not updated) after `text`. */
async function say(text: string, from: TestUser = users.griet) {
  const before = h.connector.calls.length;
  expect((await h.post(message(text, from, where()))).status).toBe(200);
  return h.connector.calls.slice(before).filter((c) => c.kind !== 'update');
}

async function click(card: Card, verb: string, from: TestUser, extra: Record<string, unknown> = {}): Promise<Card> {
  const action = allActions(card).find((a) => a.verb === verb) ?? { data: {} };
  const res = await h.post(cardAction(verb, { ...action.data, ...extra }, from, where()));
  expect(res.status).toBe(200);
  return invokeCard(res.body);
}

/** The session and phase a card is for, as its buttons send them. */
const refOf = (card: Card) => {
  const { sessionId, phaseIndex } = allActions(card).find((a) => a.verb === 'board.add')!.data;
  return { sessionId, phaseIndex };
};

async function sharedCard(): Promise<string> {
  await h.app.updater.flush();
  return visibleText(cardOf(h.connector.updates().at(-1)!.activity));
}

async function tabBoard(as: TestUser): Promise<{ postIts: { text: string; hidden?: boolean }[]; total: number }> {
  const community = await h.app.deps.store.communities.findByChannel({ teamId: TEAM.id, channelId: CHANNEL.id });
  const res = await fetch(`${h.url}/api/tab/communities/${community!.value.id}/agenda`, {
    headers: { 'x-leerkring-local-user': as.id, 'accept-language': 'nl-BE' },
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { live: { postIts: { text: string; hidden?: boolean }[]; total: number } };
  return body.live;
}

/** Griet starts a regular session and goes to its brainstorm (explore); `command` may set it up. */
async function brainstorm(command = '/volgende'): Promise<Card> {
  await say('/start-bijeenkomst');
  const [board] = await say(command);
  return cardOf(board!.activity);
}

describe('the shared board card', () => {
  it("shows the group's post-its without names, newest first, and '+ N meer' past the cap", async () => {
    const board = await brainstorm();
    for (const [i, member] of five.entries()) await click(board, 'board.add', member, { text: `Idee ${i + 1}` });
    const shared = await sharedCard();
    expect(shared).toContain('5 post-its van 5 leden');
    expect(shared.indexOf('Idee 5')).toBeLessThan(shared.indexOf('Idee 1'));
    for (const member of five) expect(shared).not.toContain(member.name.split(' ')[0]!);
    for (let i = 6; i <= 20; i++) await click(board, 'board.add', users.pieter, { text: `Idee ${i}` });
    const full = await sharedCard();
    expect(full).toMatch(/^Idee 20$/m);
    expect(full).toMatch(/^Idee 6$/m);
    expect(full).not.toMatch(/^Idee 5$/m);
    expect(full).toContain('+ 5 meer in het Leerkring-tabblad');
  });

  it('keeps a board hidden until a facilitator reveals it, from the channel and from the tab', async () => {
    const card = await brainstorm('/brainstorm verborgen');
    await click(card, 'board.add', users.pieter, { text: 'Mijn eigen idee' });
    const lotte = await click(card, 'board.add', users.lotte, { text: 'Een idee van Lotte' });
    expect(visibleText(lotte)).toContain('verborgen tot een trekker ze toont');
    expect(allActions(lotte).some((a) => a.verb === 'board.reveal')).toBe(false);
    const shared = await sharedCard();
    expect(shared).not.toContain('Mijn eigen idee');
    expect(shared).toContain('2 post-its van 2 leden');
    expect((await tabBoard(users.lotte)).postIts.map((p) => p.text)).toEqual(['Een idee van Lotte']);
    const refused = await click(card, 'board.reveal', users.pieter, refOf(card));
    expect(visibleText(refused)).toContain('Griet Van Damme');
    expect(await sharedCard()).not.toContain('Mijn eigen idee');
    const griet = await click(card, 'board.refresh', users.griet, refOf(card));
    const revealed = await click(griet, 'board.reveal', users.griet);
    expect(visibleText(revealed)).toContain('De post-its zijn nu voor iedereen zichtbaar.');
    expect(await sharedCard()).toContain('Mijn eigen idee');
    expect((await tabBoard(users.lotte)).postIts).toHaveLength(2);
  });

  it("takes a post-it a facilitator hides off the card and others' tab, not off its author's view", async () => {
    const board = await brainstorm();
    await click(board, 'board.add', users.lotte, { text: 'Goed idee' });
    const pieter = await click(board, 'board.add', users.pieter, { text: 'Hoort hier niet' });
    const postItId = allActions(pieter).find((a) => a.verb === 'board.edit')!.data.postItId;
    const griet = await click(board, 'board.refresh', users.griet, refOf(board));
    const hidden = await click(griet, 'board.hide', users.griet, { postItId });
    expect(visibleText(hidden)).toContain('Die post-it is van het gedeelde bord gehaald');
    const shared = await sharedCard();
    expect(shared).not.toContain('Hoort hier niet');
    expect(shared).toContain('1 post-it van 1 lid');
    expect((await tabBoard(users.lotte)).postIts.map((p) => p.text)).toEqual(['Goed idee']);
    expect((await tabBoard(users.pieter)).postIts).toContainEqual(
      expect.objectContaining({ text: 'Hoort hier niet', hidden: true }),
    );
    const own = await click(pieter, 'board.refresh', users.pieter, refOf(board));
    // Still among Pieter's own post-its, with the reason it is off the shared board.
    expect(visibleText(own)).toMatch(
      /Jouw post-its \(1\)\nPost-it 1\nHoort hier niet\nEen trekker haalde deze van het gedeelde bord\./,
    );
    const stranger = await click(griet, 'board.hide', users.lotte, { postItId });
    expect(visibleText(stranger)).toContain('Griet Van Damme');
  });

  it('changes the running brainstorm’s question on its card with /brainstorm, posting no second card', async () => {
    await brainstorm('/brainstorm Wat wil je proberen?');
    const again = await say('/brainstorm Wat werkte in jouw klas?');
    expect(again).toEqual([]);
    const shared = await sharedCard();
    expect(shared).toContain('Wat werkte in jouw klas?');
    expect(shared).not.toContain('Wat wil je proberen?');
  });
});
