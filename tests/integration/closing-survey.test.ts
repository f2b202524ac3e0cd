import { cardAction, message, users, type TestUser } from '../fakes/activities';
import type { ConnectorCall } from '../fakes/bot-connector';
import { allActions, cardOf, invokeCard, textsOf, visibleText } from './card-reading';
import { startHarness, type Harness } from './harness';

type Card = Record<string, unknown>;

let h: Harness;
let where: { serviceUrl: string; locale: string };
let now = new Date('2026-11-22T09:00:00Z');
const clock = { now: () => now };
const jan: TestUser = { id: '29:jan', name: 'Jan Peeters', aadObjectId: 'aad-jan' };

beforeEach(async () => {
  now = new Date('2026-11-22T09:00:00Z');
  h = await startHarness({ clock, background: { filingPollMs: 3_600_000, schedulerTickMs: 3_600_000 } });
  where = { serviceUrl: h.connector.url, locale: 'nl-BE' };
});
afterEach(async () => {
  await h.stop();
  expect(h.errors).toEqual([]);
});

async function say(text: string, from: TestUser = users.griet): Promise<ConnectorCall[]> {
  const before = h.connector.calls.length;
  expect((await h.post(message(text, from, where))).status).toBe(200);
  return h.connector.calls.slice(before).filter((c) => c.kind !== 'update');
}

async function click(card: Card, verb: string, inputs: Record<string, unknown>, from: TestUser): Promise<Card> {
  const action = allActions(card).find((a) => a.verb === verb);
  if (!action) throw new Error(`no ${verb} on the card`);
  const res = await h.post(cardAction(verb, { ...action.data, ...inputs }, from, where));
  expect(res.status).toBe(200);
  return invokeCard(res.body);
}

/** The value an input of the card holds (what the member sees filled in). */
function inputValue(card: Card, id: string): unknown {
  let found: unknown;
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (o.id === id && String(o.type).startsWith('Input.')) found = o.value;
    Object.values(o).forEach(walk);
  };
  walk(card);
  return found;
}

const posted = (text: string) =>
  h.connector.calls.filter((c) => c.kind !== 'update' && visibleText(cardOf(c.activity)).includes(text));
const updates = () => h.connector.calls.filter((c) => c.kind === 'update');

/** A held first session (so the channel is known), and the closing session planned on 15 December. */
async function planClosing(): Promise<void> {
  await say('/start-bijeenkomst');
  await say('/einde');
  await say('/plannen 15/12 15:00-16:30 slotbijeenkomst');
}

async function questionnaireSentAhead(): Promise<Card> {
  await planClosing();
  now = new Date('2026-12-08T14:01:00Z');
  await h.app.background.scheduler.tick();
  await h.connector.waitFor(() => posted('Impactbevraging vóór bijeenkomst 2').length > 0, 10_000);
  return cardOf(posted('Impactbevraging vóór bijeenkomst 2')[0]!.activity);
}

describe('the closing questionnaire sent a week ahead', () => {
  it('arrives in the channel as a form with its deadline, and members answer it there before the session', async () => {
    const card = await questionnaireSentAhead();
    expect(visibleText(card)).toContain('uiterlijk dinsdag 15 december om 15:00');
    expect(visibleText(card)).toContain('In welke mate zijn we aan de driver tegemoetgekomen?');
    expect(visibleText(card)).toContain('Nog niemand heeft geantwoord.');
    const refreshed = (card.refresh as { userIds: string[] }).userIds;
    expect(refreshed).toContain(users.griet.id);
    expect(refreshed).toEqual([...refreshed].sort()); // in a fixed order, never telling who answered first

    const mine = await click(
      card,
      'closing-survey.submit',
      { likert_driver: '4', 'open_most-valuable': 'De casussen van Lotte' },
      users.pieter,
    );
    expect(visibleText(mine)).toContain('Bedankt: je antwoorden zijn anoniem bewaard.');
    expect(visibleText(mine)).toContain('1 lid heeft geantwoord.');
    expect(visibleText(mine)).not.toContain('In welke mate zijn we aan de driver tegemoetgekomen?');
    await h.connector.waitFor(
      () => updates().some((u) => visibleText(cardOf(u.activity)).includes('1 lid heeft geantwoord.')),
      5_000,
    );

    const again = await click(
      card,
      'closing-survey.submit',
      { likert_driver: '1', 'open_added-value': 'Tweede poging' },
      users.pieter,
    );
    expect(visibleText(again)).toContain('Je hebt deze bevraging al beantwoord.');
    expect(visibleText(again)).toMatch(/Je schreef:\nTweede poging/);

    const lotteView = await click(card, 'closing-survey.refresh', {}, users.lotte);
    expect(visibleText(lotteView)).toContain('In welke mate zijn we aan de driver tegemoetgekomen?');
    expect(visibleText(lotteView)).toContain('1 lid heeft geantwoord.');
  });

  it(
    'goes out as the facilitator set it with /plannen bevraging: ' +
      'with names, ten days ahead, and can be changed there',
    async () => {
      await say('/start-bijeenkomst');
      await say('/einde');
      const [set] = textsOf(await say('/plannen bevraging met-naam 10d'));
      expect(set).toContain('Impactbevraging: 10 dagen vooraf, met naam.');
      await say('/plannen 15/12 15:00-16:30 slotbijeenkomst');
      now = new Date('2026-12-05T13:59:00Z');
      await h.app.background.scheduler.tick();
      expect(posted('Impactbevraging vóór bijeenkomst 2')).toHaveLength(0);
      now = new Date('2026-12-05T14:00:30Z');
      await h.app.background.scheduler.tick();
      await h.connector.waitFor(() => posted('Impactbevraging vóór bijeenkomst 2').length > 0, 10_000);
      const card = cardOf(posted('Impactbevraging vóór bijeenkomst 2')[0]!.activity);
      expect(visibleText(card)).toContain('Je antwoorden dragen je naam.');
      await click(card, 'closing-survey.submit', { likert_driver: '2' }, users.pieter);
      const changed = await click(card, 'closing-survey.submit', { likert_driver: '5' }, users.pieter);
      expect(visibleText(changed)).toContain('Bedankt: je antwoorden zijn met je naam bewaard.');
      expect(visibleText(changed)).toContain('1 lid heeft geantwoord.');
      expect(inputValue(changed, 'likert_driver')).toBe('5');
    },
  );

  it('hands back what a member wrote after the deadline, and points to the closing session', async () => {
    const card = await questionnaireSentAhead();
    now = new Date('2026-12-15T14:00:00Z');
    const late = await click(
      card,
      'closing-survey.submit',
      { likert_driver: '3', 'open_most-valuable': 'Het samen nadenken' },
      users.lotte,
    );
    expect(visibleText(late)).toContain('De termijn om vooraf te antwoorden is voorbij.');
    expect(visibleText(late)).toMatch(/Je schreef:\nHet samen nadenken/);
    expect(visibleText(late)).not.toContain('Mijn antwoorden versturen');
  });

  it(
    'pauses in the channel when the closing session is taken off the schedule, ' + 'and hands back what is typed then',
    async () => {
      const card = await questionnaireSentAhead();
      const ofQuestionnaire = () =>
        updates().filter((u) => visibleText(cardOf(u.activity)).includes('Impactbevraging vóór bijeenkomst 2'));
      const [cancelled] = textsOf(await say('/plannen schrap 15/12'));
      expect(cancelled).toContain('Van de planning gehaald');
      await h.connector.waitFor(() => ofQuestionnaire().length > 0, 5_000);
      expect(visibleText(cardOf(ofQuestionnaire().at(-1)!.activity))).toContain(
        'De slotbijeenkomst werd van de planning gehaald: de bevraging wacht tot ze opnieuw gepland is.',
      );
      const typed = await click(
        card,
        'closing-survey.submit',
        { likert_driver: '3', 'open_added-value': 'Samen lesvoorbereidingen maken' },
        users.lotte,
      );
      expect(visibleText(typed)).toContain('dus de bevraging wacht tot ze opnieuw gepland is');
      expect(visibleText(typed)).toMatch(/Je schreef:\nSamen lesvoorbereidingen maken/);
    },
  );

  it('shows in the channel that it takes no more answers once the community is archived', async () => {
    await questionnaireSentAhead();
    const ofQuestionnaire = () =>
      updates().filter((u) => visibleText(cardOf(u.activity)).includes('Impactbevraging vóór bijeenkomst 2'));
    const confirm = (await say('/archiveren'))
      .flatMap((c) => allActions(cardOf(c.activity)))
      .find((a) => a.verb === 'data.archive.confirm')!;
    const res = await h.post(cardAction(confirm.verb, confirm.data, users.griet, where));
    expect(visibleText(invokeCard(res.body))).toContain('is gearchiveerd');
    await h.connector.waitFor(() => ofQuestionnaire().length > 0, 5_000);
    const archived = visibleText(cardOf(ofQuestionnaire().at(-1)!.activity));
    expect(archived).toContain('Deze leergemeenschap is gearchiveerd');
    expect(archived).not.toContain('Mijn antwoorden versturen');
  });

  it('shows itself closed in the channel once the closing session is due to start', async () => {
    const card = await questionnaireSentAhead();
    const ofQuestionnaire = () =>
      updates().filter((u) => visibleText(cardOf(u.activity)).includes('Impactbevraging vóór bijeenkomst 2'));
    await click(card, 'closing-survey.submit', { likert_driver: '4' }, users.pieter);
    await h.connector.waitFor(() => ofQuestionnaire().length > 0, 5_000);
    expect(ofQuestionnaire()[0]!.activity).toHaveProperty('attachments.0.content.refresh');
    now = new Date('2026-12-15T14:00:30Z');
    await h.app.background.scheduler.tick();
    await h.connector.waitFor(() => ofQuestionnaire().length > 1, 5_000);
    const closed = ofQuestionnaire().at(-1)!;
    expect(visibleText(cardOf(closed.activity))).toContain(
      'De termijn is voorbij. Wie nog niet antwoordde, kan dat nog in de slotbijeenkomst.',
    );
    expect(visibleText(cardOf(closed.activity))).toContain('1 lid heeft geantwoord.');
    expect(visibleText(cardOf(closed.activity))).not.toContain('Mijn antwoorden versturen');
    expect(closed.activity).not.toHaveProperty('attachments.0.content.refresh');
  });

  it(
    'counts in the closing session: its survey phase shows the answers given ahead, ' +
      'and results once three answered and closed',
    async () => {
      const card = await questionnaireSentAhead();
      await click(
        card,
        'closing-survey.submit',
        { likert_driver: '4', 'open_most-valuable': 'De casussen van Lotte' },
        users.pieter,
      );
      await click(card, 'closing-survey.submit', { likert_driver: '2' }, users.lotte);

      now = new Date('2026-12-15T13:55:00Z');
      const started = textsOf(await say('/start-bijeenkomst')).join('\n');
      expect(started).toContain('Bijeenkomst 2 is begonnen: slotbijeenkomst.');
      await say('/volgende');
      await say('/volgende');
      const [surveyCall] = await say('/volgende');
      const survey = cardOf(surveyCall!.activity);
      expect(visibleText(survey)).toContain('Impactbevraging · bijeenkomst 2');
      expect(visibleText(survey)).toContain('2 leden hebben geantwoord.');
      expect(visibleText(survey)).toContain('de antwoorden van vooraf tellen hier mee');

      const twice = await click(survey, 'survey.submit', { likert_driver: '1' }, users.pieter);
      expect(visibleText(twice)).toContain('Je hebt deze bevraging al beantwoord.');
      const third = await click(survey, 'survey.submit', { likert_driver: '3' }, jan);
      expect(visibleText(third)).toContain('3 leden hebben geantwoord.');
      expect(visibleText(third)).not.toMatch(/In welke mate zijn we aan de driver tegemoetgekomen\? · 3/);
      await say('/volgende');
      await h.app.updater.flush();
      const shown = visibleText(
        cardOf(
          h.connector
            .updates()
            .filter((u) => visibleText(cardOf(u.activity)).includes('Impactbevraging · bijeenkomst 2'))
            .at(-1)!.activity,
        ),
      );
      expect(shown).toMatch(/In welke mate zijn we aan de driver tegemoetgekomen\? · 3/);
      expect(shown).toContain('“De casussen van Lotte”');
      expect(shown).toContain('De bevraging is afgesloten: ze neemt geen antwoorden meer aan.');
    },
  );
});
