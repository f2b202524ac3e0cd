import { IDEAS_ON_CARD, TOPICS_ON_CARD, rankCard, type RankCardView } from '../../bot/cards/rank-card';
import { bordaCount, unrankedIdeas } from '../../domain/activities/rank/rank';
import { POST_IT_MAX } from '../../domain/activities/board/board';
import { translator } from '../../i18n/t';
import { markdownTexts, parseErrors } from '../fakes/card-checks';
import { hostile } from '../fakes/sample-cards';

/** 100 post-its of the longest length, with accents (two bytes each) and one full of markdown. */
const LONG_TOPIC = 'één onderwerp dat we écht willen bespreken '.repeat(8);
const ideas = Array.from({ length: 100 }, (_, i) => ({
  id: (i + 1).toString(16).padStart(16, 'b'),
  text: i === 0 ? hostile : `Idee ${i}: ${LONG_TOPIC}`.slice(0, POST_IT_MAX),
}));
const topics = bordaCount(ideas, [
  { order: ideas.slice(0, 10).map((i) => i.id) },
  { order: [ideas[1]!.id, ideas[0]!.id] },
]);

const base: RankCardView = {
  ref: { sessionId: 's1', phaseIndex: 5 },
  sessionNumber: 1,
  position: { index: 5, total: 7, minutes: 20 },
  ideas,
  places: 10,
  rankers: 15,
  open: true,
  refreshUserIds: Array.from({ length: 60 }, (_, i) => `29:${'x'.repeat(30)}-${i}`),
};

const samples: [string, RankCardView][] = [
  ['shared, 100 ideas', base],
  [
    'mine, published, 100 ideas',
    { ...base, published: topics, mine: { [ideas[0]!.id]: 2, [ideas[3]!.id]: 1 }, notice: { kind: 'saved' } },
  ],
  [
    'error',
    {
      ...base,
      ideas: ideas.slice(0, 3),
      places: 3,
      mine: { [ideas[0]!.id]: 1 },
      notice: { kind: 'error', message: hostile },
    },
  ],
  ['no ideas', { ...base, ideas: [], places: 0, rankers: 0 }],
  ['closed, published', { ...base, open: false, published: topics }],
];

describe.each(['nl', 'en'] as const)('the rank card in %s', (lang) => {
  it.each(samples)('%s parses as Adaptive Card 1.5, stays under 28 KB and has no markdown', (_name, view) => {
    const card = rankCard(view, translator(lang));
    expect(parseErrors(card)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
    expect(markdownTexts(card)).toEqual([]);
  });
});

describe('the rank card', () => {
  const t = translator('nl');
  const json = (view: RankCardView) => JSON.stringify(rankCard(view, t));

  it(`offers at most ${IDEAS_ON_CARD} ideas, with places 1..places or none, and says the rest are elsewhere`, () => {
    const card = json(base);
    expect(card.match(/"id":"rank_/g)).toHaveLength(IDEAS_ON_CARD);
    expect(card).toContain('"choices":[{"title":"–","value":"0"},{"title":"1","value":"1"}');
    expect(card).toContain('"title":"10","value":"10"}]');
    expect(card).toContain(`Deze kaart toont de eerste ${IDEAS_ON_CARD} van 100 onderwerpen`);
    expect(card).toContain('15 leden hebben gerangschikt.');
    expect(card).toContain('De geprioriteerde onderwerpenlijst verschijnt hier zodra een trekker ze publiceert.');
  });

  it("shows the member's own places and the published list, ties marked, and fewer long ideas to fit", () => {
    const notRanked = unrankedIdeas(ideas, topics).map((i) => i.text);
    const card = rankCard({ ...base, mine: { [ideas[3]!.id]: 1, [ideas[0]!.id]: 2 }, published: topics, notRanked }, t);
    const text = JSON.stringify(card);
    expect(text).toContain(`"id":"rank_${ideas[3]!.id}","style":"compact"`);
    expect(text).toMatch(
      new RegExp(`"id":"rank_${ideas[3]!.id}","style":"compact","choices":\\[[^\\]]*\\],"value":"1"`),
    );
    expect(text).toContain('Je gaf 2 onderwerpen een plaats.');
    expect(text).toContain(`"1. ${ideas[1]!.text} · 197 punten (gelijk)"`);
    expect(text).toContain(`"3. ${ideas[2]!.text} · 97 punten"`);
    expect(text.match(/ · \d+ punten?( \(gelijk\))?"/g)).toHaveLength(TOPICS_ON_CARD);
    const shown = text.match(/"id":"rank_/g)?.length ?? 0;
    expect(shown).toBeLessThan(IDEAS_ON_CARD);
    expect(text).toContain(`Deze kaart toont de eerste ${shown} van 100 onderwerpen`);
    // The 90 ideas nobody ranked are no topics "tied at 0 points": they are named apart, the first ten on the card.
    expect(topics).toHaveLength(10);
    expect(text).toContain(`"Niet gerangschikt: ${ideas[10]!.text}, `);
    expect(text).toContain('. Nog 80 onderwerpen staan in het Leerkring-tabblad."');
    expect(text).not.toContain('· 0 punten');
    expect(card.actions?.map((a) => [a.type === 'Action.Execute' ? a.verb : a.type, a.title])).toEqual([
      ['rank.submit', 'Mijn rangschikking aanpassen'],
    ]);
    expect(text).not.toContain('rank.publish');
    const facilitators = JSON.stringify(rankCard({ ...base, published: topics, forFacilitator: true }, t));
    expect(facilitators).toContain('"title":"Opnieuw publiceren","verb":"rank.publish"');
  });

  it('has no form and no buttons once the session ended', () => {
    const card = rankCard({ ...base, open: false, published: topics }, t);
    expect(JSON.stringify(card)).not.toContain('Input.');
    expect(card.actions).toBeUndefined();
    expect(card.refresh).toBeUndefined();
    expect(JSON.stringify(card)).toContain('Deze bijeenkomst is afgelopen: de rangschikking is gesloten.');
  });
});
