import { CHANNEL, TEAM, users, type TestUser } from '../fakes/activities';
import { cardOf, visibleText } from './card-reading';
import { inputsFor } from './card-inputs';
import { channelUser, type Card } from './steering';
import { useHarness } from './use-harness';

// Walking through the start session posts more cards than Teams allows per 2 s: the pacer spaces them.
jest.setTimeout(40_000);

const people = Object.values(users).map((u) => ({ userId: u.id, name: u.name, aadObjectId: u.aadObjectId }));
const harness = useHarness({ tabUsers: people });
const { sayCard: say, click, moveOn, startedAt, shared: sharedCard } = channelUser(harness);

/** The text of the shared card with this title as the channel shows it now. */
const shared = async (title: string): Promise<string> => visibleText(await sharedCard(title));

const communityId = async (): Promise<string> =>
  (await harness.h.app.deps.store.communities.findByChannel({ teamId: TEAM.id, channelId: CHANNEL.id }))!.value.id;

const tab = (path: string, from: TestUser, init: RequestInit = {}) =>
  fetch(`${harness.h.url}/api/tab${path}`, {
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
      const card = await startedAt('startbijeenkomst', 5);
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
      const posted = harness.h.connector.updates().map((u) => cardOf(u.activity));
      const link = new URL(openUrls(posted.at(-1)!)[0]!);
      expect([link.pathname, link.searchParams.get('tab'), link.searchParams.get('channel')]).toEqual([
        '/tab/index.html',
        'driver',
        (await harness.h.app.deps.store.communities.get(id))!.value.channel.channelId,
      ]);

      await say('/einde');
      const ended = harness.h.connector.calls
        .map((c) => visibleText(cardOf(c.activity)))
        .find((t) => t.includes('afgelopen'));
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
      const history = await moveOn(2);
      const atlas = { text: 'KU Leuven deelt een open anatomie-atlas', category: 'international', token: 'h1' };
      await click(history, 'board.add', atlas, users.pieter);
      await click(await say('/volgende'), 'board.add', { text: 'Meer leren van elkaar', token: 'e1' }, users.lotte);
      const ideas = await moveOn(2);
      expect(visibleText(ideas)).toContain('Onderwerpen brainstormen · bijeenkomst 1');
      for (const [i, topic] of ['Formatief toetsen', 'Kennisclips', 'Peerfeedback'].entries())
        await click(ideas, 'board.add', { text: topic, token: `t${i}` }, i % 2 ? users.lotte : users.pieter);

      const rank = await say('/volgende');
      const rows = [...JSON.stringify(rank).matchAll(/"text":"([^"]+)"\}\]\}\]\},\{"type":"Column","width":"90px"/g)];
      expect(rows.map((m) => m[1])).toEqual(['Formatief toetsen', 'Kennisclips', 'Peerfeedback']);
      const places = (ranking: Record<string, number>) => inputsFor(rank, 'rank', ranking);
      await click(rank, 'rank.submit', places({ Peerfeedback: 1, 'Formatief toetsen': 2 }), users.pieter);
      await click(rank, 'rank.submit', places({ Peerfeedback: 1 }), users.lotte);
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
