import { communityTopics } from '../../domain/activities/rank/rank-use-cases';
import { message, users, type TestUser } from '../fakes/activities';
import { allActions, cardOf, visibleText } from './card-reading';
import { clickOn } from './card-click';
import { chosenOn, inputFor } from './card-inputs';
import type { Harness } from './harness';
import { useHarness } from './use-harness';

// Walking through the start session posts more cards than Teams allows per 2 s: the pacer spaces them.
jest.setTimeout(20_000);

const harness = useHarness();
let h: Harness;
let where: { serviceUrl: string };
beforeEach(() => {
  ({ h, where } = harness);
});

type Card = Record<string, unknown>;

async function say(text: string, from: TestUser = users.griet): Promise<Card | undefined> {
  const before = h.connector.calls.length;
  expect((await h.post(message(text, from, { ...where, locale: 'nl-BE' }))).status).toBe(200);
  const posted = h.connector.calls.slice(before).filter((c) => c.kind !== 'update');
  return posted.length ? cardOf(posted.at(-1)!.activity) : undefined;
}

const click = (card: Card, verb: string, inputs: Record<string, unknown>, from: TestUser): Promise<Card> =>
  clickOn(h, where, card, verb, inputs, from);

/** The `rank_<id>` input on the row of the topic with this text, and the place it shows. */
const input = (card: Card, text: string): string => inputFor(card, 'rank', text);
const placeOn = (card: Card, id: string): string | undefined => chosenOn(card, id);

/** A start session with four post-its on its topics brainstorm, at its ranking phase. */
async function topicsCard(): Promise<Card> {
  await say('/start-bijeenkomst startbijeenkomst');
  for (let i = 0; i < 4; i++) await say('/volgende');
  const topics = (await say('/volgende'))!;
  await click(topics, 'board.add', { text: 'Erasmus-project', token: 't1' }, users.pieter);
  await click(topics, 'board.add', { text: 'Oefentoetsen', token: 't2' }, users.lotte);
  await click(topics, 'board.add', { text: 'Meer feedback', token: 't3' }, users.pieter);
  await click(topics, 'board.add', { text: 'Samen lesmateriaal maken', token: 't4' }, users.lotte);
  return (await say('/volgende'))!;
}

describe('the ranking of the topics', () => {
  it(
    'takes a ranking per member, refuses a place given twice, ' + 'and publishes the Borda count as the topic list',
    async () => {
      const card = await topicsCard();
      expect(visibleText(card)).toContain('Onderwerpen rangschikken · bijeenkomst 1');
      expect(visibleText(card)).toMatch(/Erasmus-project[^]*Oefentoetsen[^]*Meer feedback[^]*Samen lesmateriaal maken/);
      const pieter = await click(
        card,
        'rank.submit',
        {
          [input(card, 'Meer feedback')]: '1',
          [input(card, 'Samen lesmateriaal maken')]: '2',
          [input(card, 'Erasmus-project')]: '3',
        },
        users.pieter,
      );
      expect(visibleText(pieter)).toContain('Je rangschikking is bewaard.');
      expect(visibleText(pieter)).toContain('Je gaf 3 onderwerpen een plaats.');
      const twice = await click(
        card,
        'rank.submit',
        { [input(card, 'Meer feedback')]: '1', [input(card, 'Erasmus-project')]: '1' },
        users.lotte,
      );
      expect(visibleText(twice)).toContain('Je gaf plaats 1 aan meer dan één onderwerp.');
      expect(visibleText(twice)).toContain('Mijn rangschikking bewaren');
      expect(visibleText(twice)).not.toContain('Mijn rangschikking aanpassen');
      expect([placeOn(twice, input(card, 'Meer feedback')), placeOn(twice, input(card, 'Erasmus-project'))]).toEqual([
        '1',
        '1',
      ]);
      await click(
        card,
        'rank.submit',
        { [input(card, 'Meer feedback')]: '1', [input(card, 'Erasmus-project')]: '2' },
        users.lotte,
      );
      const refused = await click(card, 'rank.publish', {}, users.lotte);
      expect(visibleText(refused)).toContain('Alleen een trekker kan dat doen.');
      const published = await click(card, 'rank.publish', {}, users.griet);
      expect(visibleText(published)).toContain(
        [
          'Geprioriteerde onderwerpen',
          '1. Meer feedback · 6 punten',
          '2. Erasmus-project · 3 punten',
          '3. Samen lesmateriaal maken · 2 punten',
        ].join('\n'),
      );
      // Nobody ranked Oefentoetsen: it is named apart, not "tied at 0 points".
      expect(visibleText(published)).toContain('Niet gerangschikt: Oefentoetsen.');
      expect(visibleText(published)).not.toContain('0 punten');
      const sessionId = String(allActions(card)[0]!.data.sessionId);
      const communityId = (await h.app.deps.store.sessions.get(sessionId))!.value.communityId;
      const stored = await communityTopics(h.app.deps, communityId);
      expect(stored?.topics.map((t) => [t.text, t.points, t.rank])).toEqual([
        ['Meer feedback', 6, 1],
        ['Erasmus-project', 3, 2],
        ['Samen lesmateriaal maken', 2, 3],
      ]);
      expect(stored).toMatchObject({ rankers: 2, publishedBy: users.griet.id });
      await h.app.updater.flush();
      const shared = visibleText(cardOf(h.connector.updates().at(-1)!.activity));
      expect(shared).toContain('2 leden hebben gerangschikt.');
      expect(shared).toContain('1. Meer feedback · 6 punten');
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
    await say('/start-bijeenkomst startbijeenkomst');
    for (let i = 0; i < 5; i++) await say('/volgende');
    const empty = (await say('/volgende'))!;
    expect(visibleText(empty)).toContain('Er is nog niets om te rangschikken');
  });
});
