import { POST_IT_KIND, type PostIt } from '../../domain/activities/board/board';
import { cardAction, message, users, type TestUser } from '../fakes/activities';
import { allActions, cardOf, invokeCard, visibleText } from './card-reading';
import { chosenOn, inputFor } from './card-inputs';
import { startHarness, type Harness } from './harness';

// Three members: Griet (the facilitator, who condenses in the tab), Pieter and Lotte.
const people = [users.griet, users.pieter, users.lotte];
const local = { users: people.map((u) => ({ userId: u.id, name: u.name, aadObjectId: u.aadObjectId })) };

let h: Harness;
let where: { serviceUrl: string };
beforeEach(async () => {
  h = await startHarness({ tab: { local } });
  where = { serviceUrl: h.connector.url };
});
afterEach(async () => {
  await h.stop();
  expect(h.errors).toEqual([]);
});

type Card = Record<string, unknown>;

async function say(text: string): Promise<Card> {
  const before = h.connector.calls.length;
  expect((await h.post(message(text, users.griet, { ...where, locale: 'nl-BE' }))).status).toBe(200);
  return cardOf(h.connector.calls.slice(before).filter((c) => c.kind !== 'update')[0]!.activity);
}

async function click(card: Card, verb: string, inputs: Record<string, unknown>, from: TestUser): Promise<Card> {
  // A refresh is no button: it carries the same card data as the buttons.
  const action = allActions(card).find((a) => a.verb === verb) ?? allActions(card)[0];
  if (!action) throw new Error(`no ${verb} on the card`);
  const res = await h.post(cardAction(verb, { ...action.data, ...inputs }, from, { ...where, locale: 'nl-BE' }));
  expect(res.status).toBe(200);
  return invokeCard(res.body);
}

/** The card as the channel shows it after the coalesced updates went out. */
async function sharedCard(): Promise<Card> {
  await h.app.updater.flush();
  return cardOf(h.connector.updates().at(-1)!.activity);
}

/** The `dots_<id>` input on the row of the idea or cluster with this text, and the number of dots it shows. */
const dots = (card: Card, text: string): string => inputFor(card, 'dots', text);
const shown = (card: Card, id: string): string | undefined => chosenOn(card, id);

interface Board {
  vote: Card;
  sessionId: string;
  communityId: string;
  ids: Record<string, string>;
}

/** A regular session at its condense phase, with the post-its of the explore board; `rules` as for /stemmen. */
async function condensing(ideas: [string, TestUser][], rules = ''): Promise<Board> {
  await say('/start-bijeenkomst');
  const board = await say('/volgende');
  for (const [text, who] of ideas) await click(board, 'board.add', { text, token: `${text}-token` }, who);
  const vote = rules ? await say(`/stemmen ${rules}`) : await say('/volgende');
  const sessionId = String(allActions(vote)[0]!.data.sessionId);
  const session = await h.app.deps.store.sessions.get(sessionId);
  const postIts = await h.app.deps.store.contributions.list<PostIt>(sessionId, POST_IT_KIND);
  const ids = Object.fromEntries(postIts.map((p) => [p.data.text, p.id]));
  return { vote, sessionId, communityId: session!.value.communityId, ids };
}

/** Griet marks a post-it in the tab's condense view. */
async function mark(b: Board, text: string, body: { cluster?: string | null; dropped?: boolean }): Promise<void> {
  const res = await fetch(`${h.url}/api/tab/communities/${b.communityId}/post-its/${b.sessionId}/${b.ids[text]}`, {
    method: 'PUT',
    headers: { 'x-leerkring-local-user': users.griet.id, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
}

/** Griet's own view of the card (Teams refreshes it for her), with which she opens the vote. */
async function openVote(b: Board): Promise<Card> {
  const mine = await click(b.vote, 'vote.refresh', {}, users.griet);
  expect(visibleText(mine)).toContain('Open de stemronde');
  return click(mine, 'vote.open', {}, users.griet);
}

describe('the dot-vote after condensing', () => {
  it('stays closed while the facilitator groups, then opens on the clusters and the ideas on their own', async () => {
    const b = await condensing([
      ['Oefentoetsen', users.pieter],
      ['Exit tickets', users.pieter],
      ['Kennisclips', users.lotte],
      ['Koffie', users.lotte],
    ]);
    expect(visibleText(b.vote)).toContain('De trekker groepeert de ideeën in clusters');
    expect(JSON.stringify(b.vote)).not.toContain('Input.');
    const early = await click(b.vote, 'vote.cast', { [`dots_${b.ids.Kennisclips}`]: '1' }, users.pieter);
    expect(visibleText(early)).toContain('De stemronde is nog niet open: de trekker groepeert nog de ideeën.');
    await mark(b, 'Oefentoetsen', { cluster: 'Toetsing' });
    await mark(b, 'Exit tickets', { cluster: 'Toetsing' });
    await mark(b, 'Koffie', { dropped: true });
    expect(visibleText(await sharedCard())).toContain('Tot nu toe: clusters 1 · losse ideeën 1');
    expect(visibleText(await click(b.vote, 'vote.refresh', {}, users.lotte))).not.toContain('Open de stemronde');
    const opened = await openVote(b);
    for (const card of [opened, await sharedCard()]) {
      const seen = visibleText(card);
      expect(seen).toMatch(/Toetsing\n2 post-its[^]*Andere ideeën\nKennisclips/);
      expect(seen).not.toMatch(/Oefentoetsen|Exit tickets|Koffie/);
      expect(JSON.stringify(card).match(/"id":"dots_/g)).toHaveLength(2);
    }
  });

  it('gives the dots on an idea left out after the vote opened back to their owner, and stops counting', async () => {
    const b = await condensing([
      ['Oefentoetsen', users.pieter],
      ['Kennisclips', users.lotte],
      ['Casussen', users.lotte],
      ['Peer feedback', users.pieter],
    ]);
    const vote = await openVote(b);
    expect(visibleText(vote)).toContain('Je hebt 3 stippen, hoogstens 3 per idee.');
    await click(vote, 'vote.cast', { [dots(vote, 'Kennisclips')]: '2', [dots(vote, 'Casussen')]: '1' }, users.pieter);
    await click(vote, 'vote.cast', { [dots(vote, 'Oefentoetsen')]: '1' }, users.lotte);
    await mark(b, 'Kennisclips', { dropped: true });
    expect(visibleText(await sharedCard())).not.toContain('Kennisclips');
    const pieter = await click(vote, 'vote.refresh', {}, users.pieter);
    expect(visibleText(pieter)).toContain('2 van je stippen kwamen terug, zodat je ze opnieuw kan plaatsen:');
    expect(visibleText(pieter)).toContain('‘Kennisclips’ werd weggelaten: 2 terug.');
    expect(visibleText(pieter)).toContain('Je gebruikte 1 van je 3 stippen.');
    expect(shown(pieter, dots(vote, 'Casussen'))).toBe('1');
    expect(visibleText(await click(vote, 'vote.refresh', {}, users.lotte))).not.toContain('terug');
    const results = await click(vote, 'vote.reveal', {}, users.griet);
    expect(visibleText(results)).toContain(
      [
        'Resultaten',
        '1. Oefentoetsen · 1 stip (gelijk)',
        '1. Casussen · 1 stip (gelijk)',
        '3. Peer feedback · 0 stippen',
      ].join('\n'),
    );
    expect(visibleText(results)).not.toContain('Kennisclips');
  });

  it('moves the dots of an idea merged into a cluster as far as the cap allows, and gives back the rest', async () => {
    const b = await condensing(
      [
        ['Oefentoetsen', users.pieter],
        ['Exit tickets', users.lotte],
        ['Kennisclips', users.lotte],
      ],
      '4 2',
    );
    await mark(b, 'Oefentoetsen', { cluster: 'Toetsing' });
    const vote = await openVote(b);
    await click(
      vote,
      'vote.cast',
      { [dots(vote, 'Toetsing')]: '1', [dots(vote, 'Exit tickets')]: '2', [dots(vote, 'Kennisclips')]: '1' },
      users.pieter,
    );
    await click(vote, 'vote.cast', { [dots(vote, 'Exit tickets')]: '1' }, users.lotte);
    await mark(b, 'Exit tickets', { cluster: 'Toetsing' });
    const pieter = await click(vote, 'vote.refresh', {}, users.pieter);
    expect(visibleText(pieter)).toContain('1 van je stippen kwam terug, zodat je hem opnieuw kan plaatsen:');
    expect(visibleText(pieter)).toContain(
      '‘Exit tickets’ werd samengevoegd met ‘Toetsing’, dat al zoveel stippen van jou heeft als één idee mag krijgen: 1 terug.',
    );
    expect(visibleText(pieter)).toContain('Je stippen op ‘Exit tickets’ gingen mee naar ‘Toetsing’: 1.');
    expect(shown(pieter, dots(vote, 'Toetsing'))).toBe('2');
    const lotte = await click(vote, 'vote.refresh', {}, users.lotte);
    expect(visibleText(lotte)).toContain('Je stippen op ‘Exit tickets’ gingen mee naar ‘Toetsing’: 1.');
    expect(visibleText(lotte)).not.toContain('kwam terug');
    const results = await click(vote, 'vote.reveal', {}, users.griet);
    expect(visibleText(results)).toContain(
      ['Resultaten', '1. Toetsing · 3 stippen', '2. Kennisclips · 1 stip'].join('\n'),
    );
  });

  it('keeps "Vote" on a refused ballot, and shows the dots it hands back', async () => {
    const b = await condensing([
      ['Oefentoetsen', users.pieter],
      ['Kennisclips', users.lotte],
      ['Casussen', users.lotte],
    ]);
    const vote = await openVote(b);
    const over = await click(
      vote,
      'vote.cast',
      { [dots(vote, 'Kennisclips')]: '2', [dots(vote, 'Casussen')]: '2' },
      users.pieter,
    );
    expect(visibleText(over)).toContain('Je plaatste 4 stippen, maar je hebt er 2.');
    expect(visibleText(over)).toContain('Stemmen');
    expect(visibleText(over)).not.toContain('Mijn stippen verplaatsen');
    expect(shown(over, dots(vote, 'Kennisclips'))).toBe('2');
    const saved = await click(vote, 'vote.cast', { [dots(vote, 'Kennisclips')]: '1' }, users.pieter);
    expect(visibleText(saved)).toContain('Mijn stippen verplaatsen');
    await click(vote, 'vote.reveal', {}, users.griet);
    const late = await click(vote, 'vote.cast', { [dots(vote, 'Casussen')]: '2' }, users.pieter);
    expect(visibleText(late)).toContain(
      'De stemronde is gesloten: de resultaten zijn getoond. Je stippen staan hieronder',
    );
    expect(visibleText(late)).toContain('Je schreef:\nCasussen: 2');
  });
});
