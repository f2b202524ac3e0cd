import { communityTopics } from '../../domain/activities/rank/rank-use-cases';
import { users, type TestUser } from '../fakes/activities';
import { expectLines, expectReads } from './card-expect';
import { allActions, visibleText } from './card-reading';
import { chosenOn, inputFor, inputsFor } from './card-inputs';
import { channelUser, type Card } from './steering';
import { useHarness } from './use-harness';

// Walking through the start session posts more cards than Teams allows per 2 s: the pacer spaces them.
jest.setTimeout(20_000);

const harness = useHarness();
const { say, sayCard, click, startedAt, shared } = channelUser(harness);

/** The `rank_<id>` input on the row of the topic with this text, and the place it shows. */
const input = (card: Card, text: string): string => inputFor(card, 'rank', text);
/** The inputs of a ranking that gives each topic (by its text) its place. */
const places = (card: Card, ranking: Record<string, number>) => inputsFor(card, 'rank', ranking);
const placeOn = (card: Card, id: string): string | undefined => chosenOn(card, id);

/** A start session with four post-its on its topics brainstorm, at its ranking phase. */
async function topicsCard(): Promise<Card> {
  const topics = await startedAt('startbijeenkomst', 6);
  await click(topics, 'board.add', { text: 'Erasmus-project', token: 't1' }, users.pieter);
  await click(topics, 'board.add', { text: 'Oefentoetsen', token: 't2' }, users.lotte);
  await click(topics, 'board.add', { text: 'Meer feedback', token: 't3' }, users.pieter);
  await click(topics, 'board.add', { text: 'Samen lesmateriaal maken', token: 't4' }, users.lotte);
  return sayCard('/volgende');
}

describe('the ranking of the topics', () => {
  it(
    'takes a ranking per member, refuses a place given twice, ' + 'and publishes the Borda count as the topic list',
    async () => {
      const card = await topicsCard();
      expect(visibleText(card)).toContain('Onderwerpen rangschikken · bijeenkomst 1');
      expect(visibleText(card)).toMatch(/Erasmus-project[^]*Oefentoetsen[^]*Meer feedback[^]*Samen lesmateriaal maken/);
      const ranking = { 'Meer feedback': 1, 'Samen lesmateriaal maken': 2, 'Erasmus-project': 3 };
      const pieter = await click(card, 'rank.submit', places(card, ranking), users.pieter);
      expectReads(pieter, ['Je rangschikking is bewaard.', 'Je gaf 3 onderwerpen een plaats.']);
      const twice = await click(
        card,
        'rank.submit',
        places(card, { 'Meer feedback': 1, 'Erasmus-project': 1 }),
        users.lotte,
      );
      expectReads(
        twice,
        ['Je gaf plaats 1 aan meer dan één onderwerp.', 'Mijn rangschikking bewaren'],
        ['Mijn rangschikking aanpassen'],
      );
      expect([placeOn(twice, input(card, 'Meer feedback')), placeOn(twice, input(card, 'Erasmus-project'))]).toEqual([
        '1',
        '1',
      ]);
      await click(card, 'rank.submit', places(card, { 'Meer feedback': 1, 'Erasmus-project': 2 }), users.lotte);
      const publish = (from: TestUser) => click(card, 'rank.publish', {}, from);
      const refused = await publish(users.lotte);
      expect(visibleText(refused)).toContain('Alleen een trekker kan dat doen.');
      const published = await publish(users.griet);
      expectLines(published, [
        'Geprioriteerde onderwerpen',
        '1. Meer feedback · 6 punten',
        '2. Erasmus-project · 3 punten',
        '3. Samen lesmateriaal maken · 2 punten',
      ]);
      // Nobody ranked Oefentoetsen: it is named apart, not "tied at 0 points".
      expect(visibleText(published)).toContain('Niet gerangschikt: Oefentoetsen.');
      expect(visibleText(published)).not.toContain('0 punten');
      const sessionId = String(allActions(card)[0]!.data.sessionId);
      const { deps } = harness.h.app;
      const communityId = (await deps.store.sessions.get(sessionId))!.value.communityId;
      const stored = await communityTopics(deps, communityId);
      expect(stored?.topics.map((t) => [t.text, t.points, t.rank])).toEqual([
        ['Meer feedback', 6, 1],
        ['Erasmus-project', 3, 2],
        ['Samen lesmateriaal maken', 2, 3],
      ]);
      expect(stored).toMatchObject({ rankers: 2, publishedBy: users.griet.id });
      expectReads(await shared(), ['2 leden hebben gerangschikt.', '1. Meer feedback · 6 punten']);
    },
  );

  it('shows a member their own ranking again, and nothing to rank without post-its', async () => {
    const card = await topicsCard();
    await click(card, 'rank.submit', { [input(card, 'Oefentoetsen')]: '1' }, users.pieter);
    const again = await click(card, 'rank.refresh', {}, users.pieter);
    expect([placeOn(again, input(again, 'Oefentoetsen')), placeOn(again, input(again, 'Meer feedback'))]).toEqual([
      '1',
      '0',
    ]);
    expect(visibleText(again)).toContain('Mijn rangschikking aanpassen');
    await say('/einde');
    const empty = await startedAt('startbijeenkomst', 7);
    expect(visibleText(empty)).toContain('Er is nog niets om te rangschikken');
  });
});
