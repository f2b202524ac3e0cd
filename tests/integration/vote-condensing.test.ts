import { POST_IT_KIND, type PostIt } from '../../domain/activities/board/board';
import { users, type TestUser } from '../fakes/activities';
import { expectHandedBack, expectLines, expectReads } from './card-expect';
import { allActions, visibleText } from './card-reading';
import { chosenOn, inputFor, inputsFor } from './card-inputs';
import { channelUser, type Card } from './steering';
import { useHarness } from './use-harness';

// Three members: Griet (the facilitator, who condenses in the tab), Pieter and Lotte.
const people = [users.griet, users.pieter, users.lotte];
const local = { users: people.map((u) => ({ userId: u.id, name: u.name, aadObjectId: u.aadObjectId })) };

const harness = useHarness({ tab: { local } });
const { say, sayCard, click, shared: sharedCard } = channelUser(harness);

/** The `dots_<id>` input on the row of the idea or cluster with this text, and the number of dots it shows. */
const dots = (card: Card, text: string): string => inputFor(card, 'dots', text);
const shown = (card: Card, id: string): string | undefined => chosenOn(card, id);
/** A member puts these dots on the ideas or clusters (by their text). */
const cast = (vote: Card, ballot: Record<string, number>, from: TestUser) =>
  click(vote, 'vote.cast', inputsFor(vote, 'dots', ballot), from);

/** Griet reveals the results. */
const reveal = (vote: Card) => click(vote, 'vote.reveal', {}, users.griet);

/** Who wrote which post-it on the explore board. */
const AUTHORS: Record<string, TestUser> = {
  Oefentoetsen: users.pieter,
  'Exit tickets': users.pieter,
  'Peer feedback': users.pieter,
  Kennisclips: users.lotte,
  Casussen: users.lotte,
  Koffie: users.lotte,
};

interface Board {
  vote: Card;
  sessionId: string;
  communityId: string;
  ids: Record<string, string>;
}

/**
 * A regular session at its condense phase, with these post-its (by their `AUTHORS`) on the explore board;
 * `rules` as for /stemmen.
 */
async function condensing(ideas: string[], rules = ''): Promise<Board> {
  await say('/start-bijeenkomst');
  const board = await sayCard('/volgende');
  for (const text of ideas) await click(board, 'board.add', { text, token: `${text}-token` }, AUTHORS[text]!);
  const vote = await sayCard(rules ? `/stemmen ${rules}` : '/volgende');
  const sessionId = String(allActions(vote)[0]!.data.sessionId);
  const { store } = harness.h.app.deps;
  const session = await store.sessions.get(sessionId);
  const postIts = await store.contributions.list<PostIt>(sessionId, POST_IT_KIND);
  const ids = Object.fromEntries(postIts.map((p) => [p.data.text, p.id]));
  return { vote, sessionId, communityId: session!.value.communityId, ids };
}

/** Griet marks a post-it in the tab's condense view. */
async function mark(b: Board, text: string, body: { cluster?: string | null; dropped?: boolean }): Promise<void> {
  const res = await fetch(
    `${harness.h.url}/api/tab/communities/${b.communityId}/post-its/${b.sessionId}/${b.ids[text]}`,
    {
      method: 'PUT',
      headers: { 'x-leerkring-local-user': users.griet.id, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    },
  );
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
    const b = await condensing(['Oefentoetsen', 'Exit tickets', 'Kennisclips', 'Koffie']);
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
    const b = await condensing(['Oefentoetsen', 'Kennisclips', 'Casussen', 'Peer feedback']);
    const vote = await openVote(b);
    expect(visibleText(vote)).toContain('Je hebt 3 stippen, hoogstens 3 per idee.');
    await cast(vote, { Kennisclips: 2, Casussen: 1 }, users.pieter);
    await cast(vote, { Oefentoetsen: 1 }, users.lotte);
    await mark(b, 'Kennisclips', { dropped: true });
    expect(visibleText(await sharedCard())).not.toContain('Kennisclips');
    const pieter = await click(vote, 'vote.refresh', {}, users.pieter);
    expectReads(pieter, [
      '2 van je stippen kwamen terug, zodat je ze opnieuw kan plaatsen:',
      '‘Kennisclips’ werd weggelaten: 2 terug.',
      'Je gebruikte 1 van je 3 stippen.',
    ]);
    expect(shown(pieter, dots(vote, 'Casussen'))).toBe('1');
    expect(visibleText(await click(vote, 'vote.refresh', {}, users.lotte))).not.toContain('terug');
    const results = await reveal(vote);
    expectLines(results, [
      'Resultaten',
      '1. Oefentoetsen · 1 stip (gelijk)',
      '1. Casussen · 1 stip (gelijk)',
      '3. Peer feedback · 0 stippen',
    ]);
    expect(visibleText(results)).not.toContain('Kennisclips');
  });

  it('moves the dots of an idea merged into a cluster as far as the cap allows, and gives back the rest', async () => {
    const b = await condensing(['Oefentoetsen', 'Exit tickets', 'Kennisclips'], '4 2');
    await mark(b, 'Oefentoetsen', { cluster: 'Toetsing' });
    const vote = await openVote(b);
    await cast(vote, { Toetsing: 1, 'Exit tickets': 2, Kennisclips: 1 }, users.pieter);
    await cast(vote, { 'Exit tickets': 1 }, users.lotte);
    await mark(b, 'Exit tickets', { cluster: 'Toetsing' });
    const pieter = await click(vote, 'vote.refresh', {}, users.pieter);
    expect(visibleText(pieter)).toContain('1 van je stippen kwam terug, zodat je hem opnieuw kan plaatsen:');
    expect(visibleText(pieter)).toContain(
      '‘Exit tickets’ werd samengevoegd met ‘Toetsing’, ' +
        'dat al zoveel stippen van jou heeft als één idee mag krijgen: 1 terug.',
    );
    expect(visibleText(pieter)).toContain('Je stippen op ‘Exit tickets’ gingen mee naar ‘Toetsing’: 1.');
    expect(shown(pieter, dots(vote, 'Toetsing'))).toBe('2');
    const lotte = await click(vote, 'vote.refresh', {}, users.lotte);
    expect(visibleText(lotte)).toContain('Je stippen op ‘Exit tickets’ gingen mee naar ‘Toetsing’: 1.');
    expect(visibleText(lotte)).not.toContain('kwam terug');
    expectLines(await reveal(vote), ['Resultaten', '1. Toetsing · 3 stippen', '2. Kennisclips · 1 stip']);
  });

  it('keeps "Vote" on a refused ballot, and shows the dots it hands back', async () => {
    const b = await condensing(['Oefentoetsen', 'Kennisclips', 'Casussen']);
    const vote = await openVote(b);
    const over = await cast(vote, { Kennisclips: 2, Casussen: 2 }, users.pieter);
    expectReads(over, ['Je plaatste 4 stippen, maar je hebt er 2.', 'Stemmen'], ['Mijn stippen verplaatsen']);
    expect(shown(over, dots(vote, 'Kennisclips'))).toBe('2');
    const saved = await cast(vote, { Kennisclips: 1 }, users.pieter);
    expect(visibleText(saved)).toContain('Mijn stippen verplaatsen');
    await reveal(vote);
    const late = await cast(vote, { Casussen: 2 }, users.pieter);
    expectHandedBack(
      late,
      'De stemronde is gesloten: de resultaten zijn getoond. Je stippen staan hieronder',
      'Casussen: 2',
    );
  });
});
