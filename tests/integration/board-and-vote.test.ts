import { users, type TestUser } from '../fakes/activities';
import { expectLines, expectReads } from './card-expect';
import { allActions, textsOf, visibleText } from './card-reading';
import { inputFor, inputsFor } from './card-inputs';
import { dialogButton, openDialog } from './dialog-reading';
import { channelUser, postedCardWith, verbsOn, type Card } from './steering';
import { openVote } from './open-vote';
import { useHarness } from './use-harness';

const harness = useHarness();
const { say, sayCard, endSession, click, startedAt, shared } = channelUser(harness);
const store = () => harness.h.app.deps.store;

/** The session and phase a card belongs to, as every button on it sends them. */
const refOf = (card: Card): Record<string, unknown> => {
  const data = allActions(card)[0]?.data ?? {};
  return { sessionId: data.sessionId, phaseIndex: data.phaseIndex, cardVersion: data.cardVersion };
};

/** The dialog the card's button for `verb` opens, as Teams shows it to `from`. */
async function dialogOf(card: Card, verb: string, from: TestUser = users.pieter): Promise<Card> {
  const at = { ...harness.where, locale: 'nl-BE' };
  const dialog = (await openDialog(harness.h, at, dialogButton(card, verb), from)).card;
  if (!dialog) throw new Error(`the ${verb} dialog did not open`);
  return dialog;
}

const exploreBoard = (): Promise<Card> => startedAt('', 2);
/** A member puts this post-it on the card's board; the card they get back. */
const putUp = (board: Card, from: TestUser, postIt: { text: string; category?: string }) =>
  click(board, 'board.add', postIt, from);

describe('the brainstorm board', () => {
  it('adds post-its, calmly confirms a double click, and edits only their own', async () => {
    const board = await exploreBoard();
    const first = await click(board, 'board.add', { text: 'Meer oefentoetsen' }, users.pieter);
    expect(visibleText(first)).toContain('Toegevoegd: je post-it hangt op het bord.');
    const again = await click(board, 'board.add', { text: 'Meer oefentoetsen' }, users.pieter);
    expect(visibleText(again)).toContain('Genoteerd: je post-it hangt op het bord.');
    expect(visibleText(again)).toContain('Jouw post-its (1)');
    const second = await click(first, 'board.add', { text: 'Casussen uit de kliniek' }, users.pieter);
    expect(visibleText(second)).toContain('Jouw post-its (2)');
    const lotte = await click(board, 'board.add', { text: 'Peer feedback' }, users.lotte);
    expect(visibleText(lotte)).toContain('Jouw post-its (1)');
    // Pieter's post-it is on Lotte's wall, but not among the ones she can edit.
    const ownPart = visibleText(lotte).split('Jouw post-its (1)')[1]!;
    expect(ownPart).toContain('Peer feedback');
    expect(ownPart).not.toContain('Meer oefentoetsen');
    expect(visibleText(lotte).split('Jouw post-its')[0]).toContain('Meer oefentoetsen');
    // The group sees its post-its on the shared card, never who wrote them.
    expectReads(await shared(), ['3 post-its van 2 leden', 'Peer feedback'], ['Pieter', 'Lotte']);
  });

  it("lets a member edit and withdraw their own post-it, and no one else's", async () => {
    const board = await exploreBoard();
    const mine = await click(board, 'board.add', { text: 'Eerste versie' }, users.pieter);
    const edit = allActions(mine).find((a) => a.verb === 'board.edit')!;
    const id = String(edit.data.postItId);
    const saved = await click(mine, 'board.edit', { [`text_${id}`]: 'Tweede versie' }, users.pieter, edit.data);
    expect(visibleText(saved)).toContain('Bewaard.');
    expect(visibleText(saved)).toContain('Tweede versie');
    const stolen = await click(mine, 'board.edit', { [`text_${id}`]: 'Gekaapt' }, users.lotte, edit.data);
    expect(visibleText(stolen)).toContain('Je kan alleen je eigen post-its aanpassen.');
    const withdraw = allActions(saved).find((a) => a.verb === 'board.withdraw')!;
    const gone = await click(saved, 'board.withdraw', {}, users.pieter, withdraw.data);
    expect(visibleText(gone)).toContain('Je post-it is ingetrokken.');
    expect(visibleText(gone)).toContain('Nog geen post-its.');
  });

  it('hands back a post-it that is too long, and one sent after the session ended', async () => {
    const board = await exploreBoard();
    const long = 'Een heel lang idee. '.repeat(20);
    const refused = await click(board, 'board.add', { text: long }, users.pieter);
    expect(visibleText(refused)).toContain('De post-it is te lang: 399 van maximaal 280 tekens.');
    expect(JSON.stringify(refused)).toContain(long.trim());
    await say('/einde');
    const closed = await shared('Exploreren · bijeenkomst 1');
    expect(visibleText(closed)).toContain('Deze bijeenkomst is afgelopen: het bord is gesloten.');
    expect(JSON.stringify(closed)).not.toContain('Input.');
    const late = await click(board, 'board.add', { text: 'Nog een idee' }, users.pieter);
    expectReads(late, ['Bijeenkomst 1 is afgelopen, dus deze kaart neemt geen antwoorden meer aan.', 'Nog een idee']);
  });

  it("shows the facilitator's question from /brainstorm literally, markdown and all", async () => {
    await say('/start-bijeenkomst');
    const card = await sayCard('/brainstorm Welke *werkvormen* [werken](https://x.example)?');
    expect(visibleText(card)).toContain('Welke *werkvormen* [werken](https://x.example)?');
    expect(visibleText(card)).toContain('Fase 2 van 5');
    expect(JSON.stringify(card)).not.toContain('"type":"TextBlock"');
  });
});

describe('the dot-vote', () => {
  async function voteWithIdeas(): Promise<Card> {
    const board = await exploreBoard();
    for (const [text, who] of [
      ['Oefentoetsen', users.pieter],
      ['Kennisclips', users.lotte],
      ['Peer feedback', users.pieter],
      ['Casussen', users.lotte],
    ] as const) {
      await click(board, 'board.add', { text }, who, { token: `${text}-token` });
    }
    return openVote(harness.h, await sayCard('/stemmen'), { ...harness.where, locale: 'nl-BE' });
  }

  const dots = (card: Card, text: string): string => inputFor(card, 'dots', text);
  /** A member puts these dots on the ideas (by their text). */
  const cast = (vote: Card, ballot: Record<string, number>, from: TestUser) =>
    click(vote, 'vote.cast', inputsFor(vote, 'dots', ballot), from);

  it('takes dots within the budget, keeps them hidden, and reveals ranked results with ties', async () => {
    await voteWithIdeas();
    // The card the channel shows once the facilitator opened the vote: what every member clicks on.
    const vote = await shared('Stemmen met stippen');
    expect(visibleText(vote)).toContain('Je hebt 3 stippen, hoogstens 3 per idee.');
    const pieter = await cast(vote, { Kennisclips: 2, Casussen: 1 }, users.pieter);
    expectReads(pieter, ['Je stippen zijn bewaard.', 'Je gebruikte 3 van je 3 stippen.'], ['Resultaten']);
    const over = await cast(vote, { Oefentoetsen: 2, Casussen: 2 }, users.lotte);
    expect(visibleText(over)).toContain('Je plaatste 4 stippen, maar je hebt er 3.');
    expect(JSON.stringify(over)).toContain(`"id":"${dots(vote, 'Casussen')}","style":"compact"`);
    await cast(vote, { Casussen: 1, 'Peer feedback': 2 }, users.lotte);
    const lottes = await click(vote, 'vote.refresh', {}, users.lotte);
    expect(verbsOn(vote)).not.toContain('vote.reveal');
    expect(verbsOn(lottes)).not.toContain('vote.reveal');
    // A member whose old card still had the button: refused, and their own card (their dots) stays.
    const refused = await click(vote, 'vote.reveal', {}, users.lotte, refOf(vote));
    expect(visibleText(refused)).toContain(
      'Alleen een trekker kan dat doen. De trekkers van deze leergemeenschap: Griet Van Damme.',
    );
    expect(visibleText(refused)).toContain('Je gebruikte 3 van je 3 stippen.');
    const griets = await click(vote, 'vote.refresh', {}, users.griet);
    expect(verbsOn(griets)).toContain('vote.reveal');
    const results = await click(griets, 'vote.reveal', {}, users.griet);
    expectLines(results, [
      'Resultaten',
      '1. Kennisclips · 2 stippen (gelijk)',
      '1. Peer feedback · 2 stippen (gelijk)',
      '1. Casussen · 2 stippen (gelijk)',
      '4. Oefentoetsen · 0 stippen',
    ]);
    const late = await cast(vote, { Oefentoetsen: 1 }, users.pieter);
    expect(visibleText(late)).toContain('De stemronde is gesloten');
    expect(visibleText(await shared())).toContain('1. Kennisclips · 2 stippen (gelijk)');
  });

  it('shows the results on the shared card when the session ends before a reveal', async () => {
    const vote = await voteWithIdeas();
    await cast(vote, { Casussen: 2 }, users.pieter);
    await say('/einde');
    const last = await shared('Stemmen met stippen');
    expect(visibleText(last)).toContain('1. Casussen · 2 stippen');
    expect(JSON.stringify(last)).not.toContain('Input.');
  });

  it('takes the budget a facilitator gives with /stemmen, and refuses one that makes no sense', async () => {
    await exploreBoard();
    const [refused] = textsOf(await say('/stemmen 2 5'));
    expect(refused).toContain('Geef de stippen als getallen van 1 tot 20');
    const vote = await sayCard('/stemmen 4 2');
    expect(visibleText(vote)).toContain('Er is nog niets om over te stemmen');
    const session = await store().sessions.get(String(allActions(vote)[0]!.data.sessionId));
    expect(session!.value.settings?.['2']).toMatchObject({ dots: 4, capPerItem: 2 });
  });

  it('says there is nothing to vote on before the brainstorm has ideas', async () => {
    await say('/start-bijeenkomst');
    expect(visibleText(await sayCard('/stemmen'))).toContain('Er is nog niets om over te stemmen');
  });
});

describe("the facilitator's effort", () => {
  it("runs a regular session from start to end in at most 8 commands or clicks, with the cards' buttons", async () => {
    const { say: type, click: press, ownView, posted } = channelUser(harness);
    let steps = 0;
    /** The facilitator presses a button in their own view of the card (Teams fetches that view by itself). */
    const steer = async (card: Card, verb: string) => {
      steps += 1;
      let answer: Card = {};
      const calls = await posted(
        async () => (answer = await press(await ownView(card, users.griet), verb, {}, users.griet)),
      );
      return { answer, calls };
    };
    steps += 1;
    const checkIn = postedCardWith(await type('/start-bijeenkomst', users.griet), 'checkin.submit');
    expect(verbsOn(await ownView(checkIn, users.pieter))).not.toContain('session.next');
    const board = postedCardWith((await steer(checkIn, 'session.next')).calls, 'board.add');
    await press(board, 'board.add', { text: 'Oefentoetsen' }, users.pieter);
    const grouping = postedCardWith((await steer(board, 'session.next')).calls, 'vote.refresh');
    expect(verbsOn(grouping)).not.toContain('vote.cast');
    const { answer: vote } = await steer(grouping, 'vote.open');
    await press(vote, 'vote.cast', { [JSON.stringify(vote).match(/"id":"(dots_[0-9a-f]+)"/)![1]!]: '1' }, users.pieter);
    const { answer: revealed } = await steer(vote, 'vote.reveal');
    expect(visibleText(revealed)).toContain('1. Oefentoetsen · 1 stip');
    const actions = postedCardWith((await steer(revealed, 'session.next')).calls, 'actions.add');
    const retroCalls = (await steer(actions, 'session.next')).calls;
    const retro = postedCardWith(retroCalls, 'board.add');
    expect(visibleText(retro)).toContain('Retrospectief · bijeenkomst 1');
    expect(verbsOn(await ownView(retro, users.griet))).toContain('session.end');
    const { calls: endCalls } = await steer(retro, 'session.end');
    expect(textsOf(endCalls)[0]).toContain('Bijeenkomst 1 is afgelopen.');
    expect(steps).toBeLessThanOrEqual(8);
    // A whole session over HTTP: more turns than the other tests on this shared machine.
  }, 30_000);
});

describe('the actions', () => {
  async function actionsCardOf(): Promise<Card> {
    await click(await exploreBoard(), 'board.add', { text: 'Oefentoetsen' }, users.pieter);
    return sayCard('/acties');
  }

  it('offers everyone in the team as owner, read from the paged roster when the session starts', async () => {
    harness.h.connector.roster = [
      users.griet,
      users.pieter,
      users.lotte,
      { id: '29:wout', name: 'Wout Peeters' },
      { id: '29:fien', name: 'Fien De Smet' },
    ];
    const card = await actionsCardOf();
    const owners = JSON.stringify(await dialogOf(card, 'actions.add')).match(/"title":"[^"]+","value":"29:[a-z]+"/g);
    expect(owners).toEqual([
      '"title":"Griet Van Damme","value":"29:griet"',
      '"title":"Pieter Claes","value":"29:pieter"',
      '"title":"Lotte Janssens","value":"29:lotte"',
      '"title":"Wout Peeters","value":"29:wout"',
      '"title":"Fien De Smet","value":"29:fien"',
    ]);
    const session = await store().sessions.get(String(allActions(card)[0]!.data.sessionId));
    expect((await store().members.get(session!.value.communityId, '29:wout'))?.role).toBe('member');
  });

  it('adds who does what by when, once on a double click, and lists it for everyone', async () => {
    const card = await actionsCardOf();
    expect(visibleText(card)).toContain('Acties · bijeenkomst 1');
    expect(JSON.stringify(await dialogOf(card, 'actions.add'))).toContain('"title":"Pieter Claes","value":"29:pieter"');
    const action = { what: 'Oefentoets maken voor hoofdstuk 3', owner: users.pieter.id, due: '2027-06-08' };
    const add = () => click(card, 'actions.add', action, users.griet);
    const added = await add();
    expect(visibleText(added)).toContain('Toegevoegd: de actie staat op de lijst.');
    expect(visibleText(added)).toMatch(
      /Wie doet wat tegen de volgende keer \(1\)\nOefentoets maken voor hoofdstuk 3\nPieter Claes · tegen di 8 jun/,
    );
    const again = await add();
    expect(visibleText(again)).toContain('Die actie stond al op de lijst.');
    expect(visibleText(await shared())).toContain('Oefentoets maken voor hoofdstuk 3');
  });

  it('lets the owner mark it done and edit it, and refuses someone else', async () => {
    const card = await actionsCardOf();
    const added = await click(card, 'actions.add', { what: 'Kennisclip opnemen', owner: users.pieter.id }, users.griet);
    const done = allActions(added).find((a) => a.verb === 'actions.done')!;
    const refused = await click(added, 'actions.done', {}, users.lotte, done.data);
    expect(visibleText(refused)).toContain(
      'Alleen wie de actie opneemt, wie ze toevoegde of een trekker kan ze aanpassen.',
    );
    const id = String(done.data.actionId);
    const form = await click(added, 'actions.startEdit', {}, users.pieter, done.data);
    expect(visibleText(form)).toContain('Deze actie aanpassen');
    expect(JSON.stringify(form)).toContain(`"id":"what_${id}"`);
    const edited = await click(
      form,
      'actions.edit',
      { [`what_${id}`]: 'Twee kennisclips opnemen', [`owner_${id}`]: users.pieter.id, [`due_${id}`]: '2026-12-15' },
      users.pieter,
      done.data,
    );
    expect(visibleText(edited)).toContain('Twee kennisclips opnemen');
    expect(visibleText(edited)).toContain('tegen di 15 dec');
    const finished = await click(edited, 'actions.done', {}, users.pieter, done.data);
    expect(visibleText(finished)).toContain('Afgevinkt. Goed bezig!');
    expect(visibleText(finished)).toContain('✓ gedaan · Twee kennisclips opnemen');
    const open = await store().contributions.listInCommunity<{ status: string }>(
      String((await store().sessions.get(String(done.data.sessionId)))!.value.communityId),
      'action',
    );
    expect(open.map((a) => a.data.status)).toEqual(['done']);
  });

  it('hands back an action without an owner, with what was typed', async () => {
    const card = await actionsCardOf();
    const refused = await click(card, 'actions.add', { what: 'Iets belangrijks', owner: '' }, users.lotte);
    const empty = 'Het veld „Wie?” is nog leeg: vul het eerst in of kies een antwoord.';
    expectReads(refused, [empty, 'Iets belangrijks']);
    const dialog = JSON.stringify(await dialogOf(refused, 'actions.add', users.lotte));
    expect(dialog).toContain('"value":"Iets belangrijks"');
  });
});

describe("the next session's check-in", () => {
  it("lists a member's open actions from last time, to tick off on the card", async () => {
    harness.h.connector.roster = [users.griet, users.pieter, users.lotte];
    await say('/start-bijeenkomst');
    await click(
      await sayCard('/acties'),
      'actions.add',
      { what: 'Oefentoets maken', owner: users.pieter.id, due: '2027-06-08' },
      users.griet,
    );
    await endSession();
    const checkIn = await sayCard('/start-bijeenkomst');
    expect((checkIn.refresh as { userIds: string[] } | undefined)?.userIds).toContain(users.pieter.id);
    expect(visibleText(checkIn)).not.toContain('Oefentoets maken');
    const ref = { sessionId: allActions(checkIn)[0]!.data.sessionId, phaseIndex: 0 };
    const mine = await click(checkIn, 'checkin.refresh', {}, users.pieter, ref);
    expect(visibleText(mine)).toMatch(/Jouw open acties van vorige bijeenkomsten\nOefentoets maken\ntegen di 8 jun/);
    const done = allActions(mine).find((a) => a.verb === 'checkin.actionDone')!;
    const ticked = await click(mine, 'checkin.actionDone', {}, users.pieter, done.data);
    expect(visibleText(ticked)).toContain('Afgevinkt. Goed bezig!');
    expect(visibleText(ticked)).not.toContain('Oefentoets maken');
    const lotte = await click(checkIn, 'checkin.refresh', {}, users.lotte, ref);
    expect(visibleText(lotte)).not.toContain('Jouw open acties');
  });
});

describe("the start session's introductions", () => {
  it('are shared with everyone, each member can change their own, and too-long text is handed back', async () => {
    const card = await startedAt('startbijeenkomst', 1);
    expect(visibleText(card)).toMatch(/^Kennismaking · bijeenkomst 1\nFase 1 van 8/);
    expect(visibleText(await dialogOf(card, 'introductions.submit'))).toContain(
      'Welk gerecht omschrijft jou het beste?',
    );
    const pieter = await click(
      card,
      'introductions.submit',
      { programme: 'Verpleegkunde', courses: 'Anatomie 1', answer: 'Stoofvlees met frietjes' },
      users.pieter,
    );
    expect(visibleText(pieter)).toContain('Bedankt, Pieter Claes: de anderen kunnen je voorstelling nu lezen.');
    expectLines(pieter, [
      'Voorstellingen (1)',
      'Pieter Claes',
      'Verpleegkunde · Anatomie 1',
      'Stoofvlees met frietjes',
    ]);
    const long = await click(card, 'introductions.submit', { programme: 'x'.repeat(201) }, users.lotte);
    expect(visibleText(long)).toContain('Je opleiding is te lang: 201 van maximaal 200 tekens.');
    expect(JSON.stringify(long)).toContain('x'.repeat(201));
    expect(visibleText(await shared())).toContain('Stoofvlees met frietjes');
  });
});

describe("the start session's agreements", () => {
  it('are a board sorted into preparation, presence, taking part and other', async () => {
    const card = await startedAt('startbijeenkomst', 2);
    expect(visibleText(card)).toMatch(/Werkwijze en afspraken · bijeenkomst 1\nFase 2 van 8/);
    expect(visibleText(await dialogOf(card, 'board.add'))).toMatch(
      /Voorbereiding\nAanwezigheid\nActieve deelname\nAndere/,
    );
    const added = await putUp(card, users.pieter, { text: 'We lezen de tekst vooraf', category: 'preparation' });
    expect(visibleText(added)).toContain('Toegevoegd');
  });
});

describe('the closing survey', () => {
  const answer = (card: Card, from: TestUser, values: Record<string, string>) =>
    click(card, 'survey.submit', values, from);

  it(
    'is anonymous: results only once closed and from three answers, ' +
      'no second answer, nothing links an answer to its author',
    async () => {
      const card = await startedAt('slotbijeenkomst', 4);
      expectReads(card, ['Impactbevraging · bijeenkomst 1', 'In welke mate zijn we aan de driver tegemoetgekomen?']);
      const first = await answer(card, users.pieter, {
        likert_driver: '4',
        'open_most-valuable': 'De casussen van Lotte',
      });
      expectReads(first, [
        'Bedankt: je antwoorden zijn anoniem bewaard.',
        'De resultaten verschijnen pas als een trekker de bevraging afsluit',
      ]);
      const again = await answer(card, users.pieter, { likert_driver: '1' });
      expect(visibleText(again)).toContain('Je hebt deze bevraging al beantwoord.');
      await answer(card, users.lotte, { likert_driver: '5', likert_interaction: '4' });
      const third = await answer(card, users.griet, { likert_driver: '3' });
      expectReads(third, ['3 leden hebben geantwoord.'], ['Resultaten (gemiddelde op 5)']);
      // The close is in the facilitator's own view of the card only.
      expect(verbsOn(card)).not.toContain('survey.close');
      const griets = await click(card, 'survey.refresh', {}, users.griet);
      const closed = await click(griets, 'survey.close', {}, users.griet);
      expectLines(closed, [
        'Resultaten (gemiddelde op 5)',
        'Hoe waardevol vond je de interactie met de andere leden? · 4',
        'In welke mate zijn we aan de driver tegemoetgekomen? · 4',
      ]);
      expect(visibleText(closed)).toContain('“De casussen van Lotte”');
      const sessionId = String(allActions(card)[0]!.data.sessionId);
      const stored = [
        ...(await store().contributions.list(sessionId, 'survey-answered')),
        ...(await store().contributions.list(sessionId, 'survey-tally')),
      ];
      const markers = stored.filter((c) => c.kind === 'survey-answered');
      expect(markers.map((m) => m.authorId).sort()).toEqual([users.griet.id, users.lotte.id, users.pieter.id].sort());
      expect(markers.every((m) => JSON.stringify(m.data) === '{}')).toBe(true);
      const tally = stored.filter((c) => c.kind === 'survey-tally');
      expect(tally).toHaveLength(1);
      expect(JSON.stringify(tally)).not.toMatch(/29:(pieter|lotte|griet)/);
    },
  );
});

describe('talk phases', () => {
  it("keep what was said on a board: the closing session's anchoring, sorted by its four questions", async () => {
    const card = await startedAt('slotbijeenkomst', 5);
    expect(visibleText(card)).toMatch(/Verankering · bijeenkomst 1\nFase 5 van 5/);
    expectLines(await dialogOf(card, 'board.add'), [
      'Wie heeft er nog baat bij?',
      'Waar staan de materialen?',
      'Komen we nog samen om op te volgen?',
      'Wie beantwoordt vragen?',
    ]);
    const added = await putUp(card, users.pieter, { text: 'Lotte, via de Teams-chat', category: 'contact' });
    expect(visibleText(added)).toContain('Toegevoegd');
  });

  it("keep what was said on a board: an appreciative inquiry's define phase, as it comes", async () => {
    const defineCard = await startedAt('waarderend-onderzoek', 1);
    expect(visibleText(defineCard)).toContain('Welk onderwerp kiezen we, en wat is onze vraag erover?');
    expect(visibleText(defineCard)).not.toContain('Waar hoort het bij?');
    const added = await putUp(defineCard, users.lotte, { text: 'Feedback die leerlingen echt lezen' });
    expect(visibleText(added)).toContain('Toegevoegd');
  });
});

describe('a named survey', () => {
  const answer = (card: Card, from: TestUser, values: Record<string, string>) =>
    click(card, 'survey.submit', values, from);

  it(
    'keeps answers per member, who can change them, ' + 'and shows open answers with names from three answers on',
    async () => {
      await say('/start-bijeenkomst slotbijeenkomst');
      const card = await sayCard('/bevraging met-naam');
      expect(visibleText(card)).toContain('Niet anoniem: de trekker koos ervoor je naam bij je antwoorden te bewaren.');
      const first = await answer(card, users.pieter, {
        likert_driver: '2',
        'open_most-valuable': 'De casussen van Lotte',
      });
      expect(visibleText(first)).toContain('je antwoorden zijn bewaard, met je naam');
      expect(JSON.stringify(first)).toContain('"value":"2"');
      expect(visibleText(first)).toContain('Mijn antwoorden bijwerken');
      const changed = await answer(card, users.pieter, {
        likert_driver: '4',
        'open_most-valuable': 'De casussen van Lotte',
      });
      expect(JSON.stringify(changed)).toContain('"value":"4"');
      await answer(card, users.lotte, { likert_driver: '5' });
      const third = await answer(card, users.griet, { likert_driver: '3' });
      expectReads(third, [
        'In welke mate zijn we aan de driver tegemoetgekomen? · 4',
        '“De casussen van Lotte” — Pieter Claes',
        '3 leden hebben geantwoord.',
      ]);
    },
  );

  it('cannot switch to anonymous once members answered, and says why', async () => {
    await say('/start-bijeenkomst slotbijeenkomst');
    await answer(await sayCard('/bevraging met-naam'), users.pieter, { likert_driver: '2' });
    const [refused] = textsOf(await say('/bevraging anoniem'));
    expect(refused).toContain('Er zijn al antwoorden op deze bevraging');
    const [unknown] = textsOf(await say('/bevraging half'));
    expect(unknown).toContain('/bevraging anoniem of /bevraging met-naam');
  });
});

describe('the driver rating', () => {
  it('is asked in the retrospective; the average shows from three ratings on', async () => {
    await say('/start-bijeenkomst');
    const card = await sayCard('/retro');
    expect(visibleText(card)).toContain('Hoe ver staan we richting onze driver?');
    const rated = await click(card, 'driver.rate', { rating: '4' }, users.pieter);
    expect(visibleText(rated)).toContain('Je beoordeling is bewaard.');
    expect(JSON.stringify(rated)).toContain('"value":"4"');
    expect(visibleText(rated)).toContain('1 lid gaf een score; het gemiddelde verschijnt vanaf 3 scores.');
    await click(card, 'driver.rate', { rating: '2' }, users.lotte);
    const third = await click(card, 'driver.rate', { rating: '5' }, users.griet);
    expect(visibleText(third)).toContain('3 leden gaven een score · gemiddeld 3,7 op 5');
    const refused = await click(card, 'driver.rate', { rating: '9' }, users.pieter);
    expect(visibleText(refused)).toContain('Die keuze staat niet in de lijst.');
  });
});
