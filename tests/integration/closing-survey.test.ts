import { cardAction, users, type TestUser } from '../fakes/activities';
import { expectHandedBack, expectReads } from './card-expect';
import { allActions, cardOf, invokeCard, textsOf, visibleText } from './card-reading';
import { channelUser, type Card } from './steering';
import { TICKED_BY_HAND, useClockedHarness } from './use-harness';

const harness = useClockedHarness('2026-11-22T09:00:00Z', { background: TICKED_BY_HAND });
const { say, holdSession, clickButton: click, shared, moveOn } = channelUser(harness);
const jan: TestUser = { id: '29:jan', name: 'Jan Peeters', aadObjectId: 'aad-jan' };
const QUESTIONNAIRE = 'Impactbevraging vóór bijeenkomst 2';

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
  harness.h.connector.calls.filter((c) => c.kind !== 'update' && visibleText(cardOf(c.activity)).includes(text));
const updates = () => harness.h.connector.calls.filter((c) => c.kind === 'update');
/** The questionnaire's card as the channel shows it after each update. */
const questionnaireUpdates = () => updates().filter((u) => visibleText(cardOf(u.activity)).includes(QUESTIONNAIRE));

/** A member sends the questionnaire with these answers; the card they get back. */
const answerAhead = (card: Card, from: TestUser, answers: Record<string, string>) =>
  click(card, 'closing-survey.submit', answers, from);

/** The scheduler looks at the clock set to `iso`. */
async function tickAt(iso: string): Promise<void> {
  harness.clock.set(iso);
  await harness.h.app.background.scheduler.tick();
}

/** The questionnaire's card, once the scheduler posted it in the channel. */
async function postedQuestionnaire(): Promise<Card> {
  await harness.h.connector.waitFor(() => posted(QUESTIONNAIRE).length > 0, 10_000);
  return cardOf(posted(QUESTIONNAIRE)[0]!.activity);
}

/** The closing session planned on 15 December, and its questionnaire sent a week ahead. */
async function questionnaireSentAhead(): Promise<Card> {
  await holdSession();
  await say('/plannen 15/12 15:00-16:30 slotbijeenkomst');
  await tickAt('2026-12-08T14:01:00Z');
  return postedQuestionnaire();
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

    const mine = await answerAhead(card, users.pieter, {
      likert_driver: '4',
      'open_most-valuable': 'De casussen van Lotte',
    });
    expectReads(
      mine,
      ['Bedankt: je antwoorden zijn anoniem bewaard.', '1 lid heeft geantwoord.'],
      ['In welke mate zijn we aan de driver tegemoetgekomen?'],
    );
    await harness.h.connector.waitFor(
      () => updates().some((u) => visibleText(cardOf(u.activity)).includes('1 lid heeft geantwoord.')),
      5_000,
    );

    const again = await answerAhead(card, users.pieter, { likert_driver: '1', 'open_added-value': 'Tweede poging' });
    expectHandedBack(again, 'Je hebt deze bevraging al beantwoord.', 'Tweede poging');

    const lotteView = await click(card, 'closing-survey.refresh', {}, users.lotte);
    expect(visibleText(lotteView)).toContain('In welke mate zijn we aan de driver tegemoetgekomen?');
    expect(visibleText(lotteView)).toContain('1 lid heeft geantwoord.');
  });

  it(
    'goes out as the facilitator set it with /plannen bevraging: ' +
      'with names, ten days ahead, and can be changed there',
    async () => {
      await holdSession();
      const [set] = textsOf(await say('/plannen bevraging met-naam 10d'));
      expect(set).toContain('Impactbevraging: 10 dagen vooraf, met naam.');
      await say('/plannen 15/12 15:00-16:30 slotbijeenkomst');
      await tickAt('2026-12-05T13:59:00Z');
      expect(posted(QUESTIONNAIRE)).toHaveLength(0);
      await tickAt('2026-12-05T14:00:30Z');
      const card = await postedQuestionnaire();
      expect(visibleText(card)).toContain('Je antwoorden dragen je naam.');
      await answerAhead(card, users.pieter, { likert_driver: '2' });
      const changed = await answerAhead(card, users.pieter, { likert_driver: '5' });
      expectReads(changed, ['Bedankt: je antwoorden zijn met je naam bewaard.', '1 lid heeft geantwoord.']);
      expect(inputValue(changed, 'likert_driver')).toBe('5');
    },
  );

  it('hands back what a member wrote after the deadline, and points to the closing session', async () => {
    const card = await questionnaireSentAhead();
    harness.clock.set('2026-12-15T14:00:00Z');
    const late = await answerAhead(card, users.lotte, {
      likert_driver: '3',
      'open_most-valuable': 'Het samen nadenken',
    });
    expectHandedBack(late, 'De termijn om vooraf te antwoorden is voorbij.', 'Het samen nadenken');
    expect(visibleText(late)).not.toContain('Mijn antwoorden versturen');
  });

  it(
    'pauses in the channel when the closing session is taken off the schedule, ' + 'and hands back what is typed then',
    async () => {
      const card = await questionnaireSentAhead();
      const [cancelled] = textsOf(await say('/plannen schrap 15/12'));
      expect(cancelled).toContain('Van de planning gehaald');
      await harness.h.connector.waitFor(() => questionnaireUpdates().length > 0, 5_000);
      expect(visibleText(cardOf(questionnaireUpdates().at(-1)!.activity))).toContain(
        'De slotbijeenkomst werd van de planning gehaald: de bevraging wacht tot ze opnieuw gepland is.',
      );
      const typed = await answerAhead(card, users.lotte, {
        likert_driver: '3',
        'open_added-value': 'Samen lesvoorbereidingen maken',
      });
      expectHandedBack(typed, 'dus de bevraging wacht tot ze opnieuw gepland is', 'Samen lesvoorbereidingen maken');
    },
  );

  it('shows in the channel that it takes no more answers once the community is archived', async () => {
    await questionnaireSentAhead();
    const confirm = (await say('/archiveren'))
      .flatMap((c) => allActions(cardOf(c.activity)))
      .find((a) => a.verb === 'data.archive.confirm')!;
    const res = await harness.h.post(
      cardAction(confirm.verb, confirm.data, users.griet, { ...harness.where, locale: 'nl-BE' }),
    );
    expect(visibleText(invokeCard(res.body))).toContain('is gearchiveerd');
    await harness.h.connector.waitFor(() => questionnaireUpdates().length > 0, 5_000);
    const archived = visibleText(cardOf(questionnaireUpdates().at(-1)!.activity));
    expect(archived).toContain('Deze leergemeenschap is gearchiveerd');
    expect(archived).not.toContain('Mijn antwoorden versturen');
  });

  it('shows itself closed in the channel once the closing session is due to start', async () => {
    const card = await questionnaireSentAhead();
    await answerAhead(card, users.pieter, { likert_driver: '4' });
    await harness.h.connector.waitFor(() => questionnaireUpdates().length > 0, 5_000);
    expect(questionnaireUpdates()[0]!.activity).toHaveProperty('attachments.0.content.refresh');
    await tickAt('2026-12-15T14:00:30Z');
    await harness.h.connector.waitFor(() => questionnaireUpdates().length > 1, 5_000);
    const closed = questionnaireUpdates().at(-1)!;
    expectReads(
      cardOf(closed.activity),
      ['De termijn is voorbij. Wie nog niet antwoordde, kan dat nog in de slotbijeenkomst.', '1 lid heeft geantwoord.'],
      ['Mijn antwoorden versturen'],
    );
    expect(closed.activity).not.toHaveProperty('attachments.0.content.refresh');
  });

  it(
    'counts in the closing session: its survey phase shows the answers given ahead, ' +
      'and results once three answered and closed',
    async () => {
      const card = await questionnaireSentAhead();
      await answerAhead(card, users.pieter, { likert_driver: '4', 'open_most-valuable': 'De casussen van Lotte' });
      await answerAhead(card, users.lotte, { likert_driver: '2' });

      harness.clock.set('2026-12-15T13:55:00Z');
      const started = textsOf(await say('/start-bijeenkomst')).join('\n');
      expect(started).toContain('Bijeenkomst 2 is begonnen: slotbijeenkomst.');
      const survey = await moveOn(3);
      expectReads(survey, [
        'Impactbevraging · bijeenkomst 2',
        '2 leden hebben geantwoord.',
        'de antwoorden van vooraf tellen hier mee',
      ]);

      const twice = await click(survey, 'survey.submit', { likert_driver: '1' }, users.pieter);
      expect(visibleText(twice)).toContain('Je hebt deze bevraging al beantwoord.');
      const third = await click(survey, 'survey.submit', { likert_driver: '3' }, jan);
      expect(visibleText(third)).toContain('3 leden hebben geantwoord.');
      expect(visibleText(third)).not.toMatch(/In welke mate zijn we aan de driver tegemoetgekomen\? · 3/);
      await say('/volgende');
      const shown = visibleText(await shared('Impactbevraging · bijeenkomst 2'));
      expect(shown).toMatch(/In welke mate zijn we aan de driver tegemoetgekomen\? · 3/);
      expect(shown).toContain('“De casussen van Lotte”');
      expect(shown).toContain('De bevraging is afgesloten: ze neemt geen antwoorden meer aan.');
    },
  );
});
