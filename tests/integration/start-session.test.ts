import { CHANNEL, TEAM, message, users, type TestUser } from '../fakes/activities';
import { cardOf, visibleText } from './card-reading';
import { clickOn } from './card-click';
import { startHarness, type Harness } from './harness';

// Walking through the start session posts more cards than Teams allows per 2 s: the pacer spaces them.
jest.setTimeout(40_000);

type Card = Record<string, unknown>;
let h: Harness;
let where: { serviceUrl: string };
const people = Object.values(users).map((u) => ({ userId: u.id, name: u.name, aadObjectId: u.aadObjectId }));

beforeEach(async () => {
  h = await startHarness({ tabUsers: people });
  where = { serviceUrl: h.connector.url };
});
afterEach(async () => {
  await h.stop();
  expect(h.errors).toEqual([]);
});

async function say(text: string, from: TestUser = users.griet): Promise<Card> {
  const before = h.connector.calls.length;
  expect((await h.post(message(text, from, { ...where, locale: 'nl-BE' }))).status).toBe(200);
  const posted = h.connector.calls.slice(before).filter((c) => c.kind !== 'update');
  return cardOf(posted.at(-1)!.activity);
}

const click = (card: Card, verb: string, inputs: Record<string, unknown>, from: TestUser): Promise<Card> =>
  clickOn(h, where, card, verb, inputs, from);

/** The shared card as the channel shows it now: the newest update of the card that `card` was posted as. */
async function shared(title: string): Promise<string> {
  await h.app.updater.flush();
  const texts = h.connector.updates().map((u) => visibleText(cardOf(u.activity)));
  return texts.filter((t) => t.startsWith(title)).at(-1) ?? '';
}

const communityId = async (): Promise<string> =>
  (await h.app.deps.store.communities.findByChannel({ teamId: TEAM.id, channelId: CHANNEL.id }))!.value.id;

const tab = (path: string, from: TestUser, init: RequestInit = {}) =>
  fetch(`${h.url}/api/tab${path}`, {
    ...init,
    headers: { 'x-leerkring-local-user': from.id, 'accept-language': 'nl-BE', 'content-type': 'application/json' },
  });

const openUrls = (card: Card): string[] =>
  [...JSON.stringify(card).matchAll(/"type":"Action.OpenUrl","title":"[^"]*","url":"([^"]+)"/g)].map((m) => m[1]!);

const canvas = (driver: Record<string, unknown>) => ({
  endGoal: '',
  whyItMatters: '',
  whatGoesWell: '',
  howWeWillKnow: '',
  steps: [],
  ...driver,
});

describe("the start session's driver step", () => {
  it(
    'gathers contributions per guiding question without names, shows the driver the facilitator shaped in the tab, ' +
      'and a later session recalls its end goal',
    async () => {
      await say('/start-bijeenkomst startbijeenkomst');
      for (let i = 0; i < 3; i++) await say('/volgende');
      const card = await say('/volgende');
      const text = visibleText(card);
      expect(text).toContain('Doel en driver · bijeenkomst 1');
      expect(text).toContain(
        [
          'Wat is er anders aan het einde van het academiejaar?',
          'Nog niets toegevoegd.',
          'Wat loopt er goed?',
          'Nog niets toegevoegd.',
          'Welke stappen hebben we ondernomen gedurende het academiejaar?',
        ].join('\n'),
      );
      expect(text).toContain('De driver is nog niet bewaard.');
      expect(text).not.toContain('Hoe ver staan we richting onze driver?');
      const add = (from: TestUser, category: string, value: string) =>
        click(card, 'board.add', { text: value, category, token: `${from.id}${value}` }, from);
      await add(users.pieter, 'goal', 'Elke student krijgt wekelijks feedback');
      await add(users.lotte, 'going-well', 'De oefentoetsen in jaar 1');
      await add(users.lotte, 'steps', 'Peerfeedback uitproberen in labo 1');
      await add(users.griet, 'steps', 'Een feedbackrubriek maken');

      const channel = await shared('Doel en driver · bijeenkomst 1');
      expect(channel).toContain(
        [
          'Wat is er anders aan het einde van het academiejaar?',
          '• Elke student krijgt wekelijks feedback',
          'Wat loopt er goed?',
          '• De oefentoetsen in jaar 1',
          'Welke stappen hebben we ondernomen gedurende het academiejaar?',
          '• Peerfeedback uitproberen in labo 1',
          '• Een feedbackrubriek maken',
        ].join('\n'),
      );
      for (const name of ['Pieter', 'Lotte', 'Griet']) expect(channel).not.toContain(name);

      const id = await communityId();
      const view = (await (await tab(`/communities/${id}/driver`, users.griet)).json()) as {
        contributions: { parts: { part: string; items: { text: string }[] }[] };
      };
      expect(view.contributions.parts.map((p) => [p.part, p.items.map((i) => i.text)])).toEqual([
        ['goal', ['Elke student krijgt wekelijks feedback']],
        ['going-well', ['De oefentoetsen in jaar 1']],
        ['steps', ['Peerfeedback uitproberen in labo 1', 'Een feedbackrubriek maken']],
      ]);
      const driver = canvas({
        endGoal: 'Elke student krijgt wekelijks feedback',
        steps: [{ text: 'Een feedbackrubriek maken' }, { text: 'Peerfeedback uitproberen in labo 1' }],
      });
      const put = (from: TestUser, baseRevision: number, body: Record<string, unknown>) =>
        tab(`/communities/${id}/driver`, from, {
          method: 'PUT',
          body: JSON.stringify({ baseRevision, driver: body }),
        });
      expect((await put(users.griet, 0, driver)).status).toBe(200);

      const updated = await shared('Doel en driver · bijeenkomst 1');
      expect(updated).toContain(
        [
          'De driver zoals hij nu is',
          'Einddoel',
          'Elke student krijgt wekelijks feedback',
          'Stappen',
          '1. Een feedbackrubriek maken',
          '2. Peerfeedback uitproberen in labo 1',
          'De driver openen in het tabblad',
        ].join('\n'),
      );
      expect(updated).toContain('Hoe ver staan we richting onze driver?');
      const posted = h.connector.updates().map((u) => cardOf(u.activity));
      const link = new URL(openUrls(posted.at(-1)!)[0]!);
      expect([link.pathname, link.searchParams.get('tab'), link.searchParams.get('channel')]).toEqual([
        '/tab/index.html',
        'driver',
        (await h.app.deps.store.communities.get(id))!.value.channel.channelId,
      ]);

      await say('/einde');
      const ended = h.connector.calls.map((c) => visibleText(cardOf(c.activity))).find((t) => t.includes('afgelopen'));
      expect(ended).toContain('3 leden namen deel.');

      const first = await say('/start-bijeenkomst');
      expect(visibleText(first)).toMatch(
        /^Check-in · bijeenkomst 2\nFase 1 van 5 · 10 minuten\nDriver: Elke student krijgt wekelijks feedback\n/,
      );
      const agenda = (await (await tab(`/communities/${id}/agenda`, users.lotte)).json()) as {
        driverGoal?: string;
      };
      expect(agenda.driverGoal).toBe('Elke student krijgt wekelijks feedback');
    },
  );

  it('answers a save on an old version with both texts, and saving on it again still overwrites nothing', async () => {
    await say('/start-bijeenkomst startbijeenkomst');
    await click(await say('/volgende'), 'board.add', { text: 'Voorbereiden', category: 'preparation' }, users.pieter);
    const id = await communityId();
    const put = (from: TestUser, baseRevision: number, endGoal: string) =>
      tab(`/communities/${id}/driver`, from, {
        method: 'PUT',
        body: JSON.stringify({ baseRevision, driver: canvas({ endGoal }) }),
      });
    expect((await put(users.griet, 0, 'Wekelijkse feedback')).status).toBe(200);
    for (let attempt = 0; attempt < 2; attempt++) {
      const stale = await put(users.pieter, 0, 'Feedback in elk vak');
      expect(stale.status).toBe(409);
      expect(await stale.json()).toMatchObject({
        error: {
          code: 'tab.errors.staleDriver',
          current: { revision: 1, driver: { endGoal: 'Wekelijkse feedback' } },
          yours: { endGoal: 'Feedback in elk vak' },
        },
      });
    }
    const now = (await (await tab(`/communities/${id}/driver`, users.pieter)).json()) as {
      driver: { endGoal: string };
      revision: number;
    };
    expect([now.revision, now.driver.endGoal]).toEqual([1, 'Wekelijkse feedback']);
  });
});

describe("the start session's topics", () => {
  it(
    'ranks only the topics brainstorm, lists unranked topics apart, and looks ahead at the planned sessions and ' +
      'the top topics',
    async () => {
      await say('/start-bijeenkomst startbijeenkomst');
      await say('/plannen elke derde dinsdag 15:00-16:30');
      await say('/volgende');
      const history = await say('/volgende');
      const atlas = { text: 'KU Leuven deelt een open anatomie-atlas', category: 'international', token: 'h1' };
      await click(history, 'board.add', atlas, users.pieter);
      await click(await say('/volgende'), 'board.add', { text: 'Meer leren van elkaar', token: 'e1' }, users.lotte);
      await say('/volgende');
      const ideas = await say('/volgende');
      expect(visibleText(ideas)).toContain('Onderwerpen brainstormen · bijeenkomst 1');
      for (const [i, topic] of ['Formatief toetsen', 'Kennisclips', 'Peerfeedback'].entries())
        await click(ideas, 'board.add', { text: topic, token: `t${i}` }, i % 2 ? users.lotte : users.pieter);

      const rank = await say('/volgende');
      const rows = [...JSON.stringify(rank).matchAll(/"text":"([^"]+)"\}\]\}\]\},\{"type":"Column","width":"90px"/g)];
      expect(rows.map((m) => m[1])).toEqual(['Formatief toetsen', 'Kennisclips', 'Peerfeedback']);
      const idOf = (topic: string) =>
        JSON.stringify(rank).match(new RegExp(`"text":"${topic}"[^]*?"id":"(rank_[0-9a-f]+)"`))![1]!;
      await click(rank, 'rank.submit', { [idOf('Peerfeedback')]: '1', [idOf('Formatief toetsen')]: '2' }, users.pieter);
      await click(rank, 'rank.submit', { [idOf('Peerfeedback')]: '1' }, users.lotte);
      const published = visibleText(await click(rank, 'rank.publish', {}, users.griet));
      expect(published).toContain('1. Peerfeedback · 4 punten\n2. Formatief toetsen · 1 punt');
      expect(published).toContain('Niet gerangschikt: Kennisclips.');
      expect(published).not.toMatch(/0 punten|gelijk/);

      const preview = visibleText(await say('/volgende'));
      expect(preview).toContain('Vooruitblik · bijeenkomst 1');
      expect(preview).toMatch(/Geplande bijeenkomsten\nBijeenkomst 2 · \w+dag \d+ \w+ \d{4}, 15:00–16:30\n/);
      expect(preview).toContain('Belangrijkste onderwerpen\n1. Peerfeedback\n2. Formatief toetsen');
    },
  );
});
