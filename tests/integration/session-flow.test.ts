import { cardAction, installation, message, users, type TestUser } from '../fakes/activities';
import type { Harness } from './harness';
import { useHarness } from './use-harness';
import { cardOf, invokeCard, sessionIdOf, textsOf, visibleText } from './card-reading';
import { dialogButton, openDialog } from './dialog-reading';

const harness = useHarness();
let h: Harness;
let where: { serviceUrl: string };
beforeEach(() => {
  ({ h, where } = harness);
});

async function say(text: string, from = users.griet, locale = 'nl-BE') {
  const before = h.connector.calls.length;
  const res = await h.post(message(text, from, { ...where, locale }));
  expect(res.status).toBe(200);
  // What the bot posted in answer; shared-card updates arrive on their own schedule.
  return h.connector.calls.slice(before).filter((c) => c.kind !== 'update');
}

async function startAndGetSessionId(): Promise<string> {
  const posted = await say('/start-bijeenkomst');
  return sessionIdOf(posted.at(-1));
}

const submit = (sessionId: string, values: Record<string, unknown>, from: TestUser = users.pieter, locale = 'nl-BE') =>
  h.post(
    cardAction('checkin.submit', { sessionId, phaseIndex: 0, cardVersion: 1, ...values }, from, { ...where, locale }),
  );

/** The check-in dialog the card's button opens, as Teams shows it to `from`. */
async function checkInDialog(card: unknown, from: TestUser = users.pieter, locale = 'nl-BE'): Promise<unknown> {
  const opened = await openDialog(h, { ...where, locale }, dialogButton(card, 'checkin.submit'), from);
  if (!opened.card) throw new Error(`the check-in dialog did not open: ${opened.closedWith}`);
  return opened.card;
}

describe('help', () => {
  it('answers in Dutch for a Dutch Teams locale and in English otherwise', async () => {
    const [nl] = textsOf(await say('/hulp'));
    expect(nl).toContain('Wat je met Leerkring kan doen');
    expect(nl).toContain('/start-bijeenkomst');
    const [en] = textsOf(await say('/help', users.griet, 'en-US'));
    expect(en).toContain('What you can do with Leerkring');
    expect(en).toContain('/start-session');
  });

  it('answers an unknown command in the channel with the closest match, in one line without the overview', async () => {
    const [text] = textsOf(await say('/strat-bijeenkomst'));
    expect(text).toBe('“/strat-bijeenkomst” begreep ik niet. Bedoelde je /start-bijeenkomst?');
  });

  it('answers an unknown command in a personal chat with the closest match and the overview', async () => {
    await h.post(message('/strat-bijeenkomst', users.lotte, { ...where, scope: 'personal' }));
    const [text] = textsOf(h.connector.calls);
    expect(text).toContain('De opdracht “/strat-bijeenkomst” ken ik niet.');
    expect(text).toContain('Bedoelde je /start-bijeenkomst?');
    expect(text).toContain('Wat je met Leerkring kan doen');
  });

  it('hands back a message that is too long, whole', async () => {
    const long = `/start-bijeenkomst ${'Wat een lange tekst. '.repeat(60)}`.trim();
    const [text] = textsOf(await say(long));
    expect(text).toContain('Je bericht is te lang');
    expect(text).toContain(long);
  });

  it('works in a personal chat without a mention, and explains sessions live in a channel', async () => {
    await h.post(message('/help', users.lotte, { ...where, scope: 'personal', locale: 'en-GB' }));
    await h.post(message('/start-session', users.lotte, { ...where, scope: 'personal', locale: 'en-GB' }));
    const [helpText, startText] = textsOf(h.connector.calls);
    expect(helpText).toContain('What you can do with Leerkring');
    expect(helpText).toContain('/actions\n  Your open actions in all your communities, to tick off');
    expect(startText).toContain("Sessions take place in your community's team channel");
  });
});

describe('welcome', () => {
  it('is posted once per conversation, however often the install is reported', async () => {
    await h.post(installation(users.griet, where));
    await h.post(installation(users.griet, where));
    expect(textsOf(h.connector.calls)).toEqual([expect.stringContaining('Hallo, ik ben Leerkring')]);
  });
});

describe('a session', () => {
  it('starts with a founder notice and the check-in card with the question of the day', async () => {
    const posted = await say('/start-bijeenkomst');
    const [started, checkIn] = textsOf(posted);
    expect(started).toContain('Bijeenkomst 1 is begonnen.');
    expect(started).toContain('Griet Van Damme startte deze leergemeenschap en is er trekker van.');
    expect(checkIn).toContain('Check-in · bijeenkomst 1');
    expect(visibleText(await checkInDialog(cardOf(posted.at(-1)!.activity)))).toContain(
      'Welk gerecht omschrijft jou het beste?',
    );
    expect(checkIn).toContain('Nog niemand heeft ingecheckt.');
    expect(posted.every((c) => c.conversationId.startsWith('19:channel-bijeenkomsten'))).toBe(true);
  });

  it('refuses a second start and offers the running session, which a facilitator can post again', async () => {
    const sessionId = await startAndGetSessionId();
    const [answer] = await say('/start-bijeenkomst');
    const text = visibleText(cardOf(answer!.activity));
    expect(text).toContain('Bijeenkomst 1 loopt nog');
    expect(text).toContain('Fase 1 van 5: Check-in');
    const repost = await h.post(
      cardAction('session.repostCurrent', { sessionId, phaseIndex: 0, cardVersion: 1 }, users.griet, where),
    );
    expect(repost.status).toBe(200);
    expect(visibleText(invokeCard(repost.body))).toContain('Bijeenkomst 1 loopt nog');
    expect(textsOf(h.connector.calls.slice(-1))[0]).toContain('Check-in · bijeenkomst 1');
  });

  it('is steered by facilitators only, and others are told who can', async () => {
    await startAndGetSessionId();
    const [refusal] = textsOf(await say('/volgende', users.pieter));
    expect(refusal).toContain(
      'Alleen een trekker kan dat doen. De trekkers van deze leergemeenschap: Griet Van Damme.',
    );
    const [explore] = textsOf(await say('/volgende'));
    expect(explore).toContain('Exploreren · bijeenkomst 1');
    expect(explore).toContain('Fase 2 van 5 · 25 minuten');
    const [back] = textsOf(await say('/vorige'));
    expect(back).toContain('Check-in · bijeenkomst 1');
    const [agenda] = textsOf(await say('/agenda', users.pieter));
    expect(agenda).toMatch(/1\. Check-in\nnu · 10 minuten\n2\. Exploreren/);
  });

  it('ends, then says none runs; the next start is session 2', async () => {
    await startAndGetSessionId();
    const [ended] = textsOf(await say('/einde'));
    expect(ended).toContain('Bijeenkomst 1 is afgelopen.');
    const [none] = textsOf(await say('/volgende'));
    expect(none).toContain('Er loopt geen bijeenkomst in dit kanaal.');
    const posted = await say('/start-bijeenkomst');
    expect(textsOf(posted)[0]).toContain('Bijeenkomst 2 is begonnen.');
    expect(textsOf(posted)[0]).not.toContain('startte deze leergemeenschap');
  });

  it('starts the format a facilitator names, in Dutch or English, and refuses an unknown one', async () => {
    const [unknown] = textsOf(await say('/start-bijeenkomst kampvuur'));
    expect(unknown).toContain(
      'Het formaat “kampvuur” ken ik niet. Kies een van: startbijeenkomst, regulier, slotbijeenkomst',
    );
    const posted = await say('/start-bijeenkomst startbijeenkomst');
    const [started, first] = textsOf(posted);
    expect(started).toContain('Bijeenkomst 1 is begonnen: startbijeenkomst.');
    expect(first).toMatch(/^Kennismaking · bijeenkomst 1\nFase 1 van 8/);
    const [agenda] = textsOf(await say('/agenda'));
    expect(agenda).toContain('8. Vooruitblik');
  });

  it('lets a facilitator appoint another facilitator by mention, who can then steer', async () => {
    await startAndGetSessionId();
    const appoint = (from: TestUser, mention?: TestUser) => {
      const activity = message(mention ? `/trekker <at>${mention.name}</at>` : '/trekker', from, {
        ...where,
        locale: 'nl-BE',
      });
      if (mention)
        (activity.entities as unknown[]).push({
          type: 'mention',
          text: `<at>${mention.name}</at>`,
          mentioned: { id: mention.id, name: mention.name },
        });
      return h.post(activity);
    };
    await appoint(users.griet);
    expect(textsOf(h.connector.sent().slice(-1))[0]).toContain('Vermeld wie trekker wordt: /trekker @naam.');
    await appoint(users.lotte, users.lotte);
    expect(textsOf(h.connector.sent().slice(-1))[0]).toContain('Alleen een trekker kan dat doen.');
    await appoint(users.griet, users.pieter);
    expect(textsOf(h.connector.sent().slice(-1))[0]).toContain(
      'Pieter Claes is nu ook trekker van deze leergemeenschap, samen met Griet Van Damme.',
    );
    const [explore] = textsOf(await say('/volgende', users.pieter));
    expect(explore).toContain('Fase 2 van 5');
  });

  it('tells a member who tries to start a session in a founded community that facilitators do that', async () => {
    await startAndGetSessionId();
    await say('/einde');
    await h.connector.waitFor((calls) => calls.some((c) => JSON.stringify(c.activity).includes('Verslag van')), 10_000);
    const [refusal] = textsOf(await say('/start-bijeenkomst', users.lotte));
    expect(refusal).toContain('Alleen een trekker kan dat doen.');
  });
});

describe('checking in', () => {
  it('answers the member in the invoke response and updates the shared count once', async () => {
    const sessionId = await startAndGetSessionId();
    const res = await submit(sessionId, { mood: 'sunny', answer: 'Stoofvlees met frietjes' });
    expect(res.status).toBe(200);
    const mine = visibleText(invokeCard(res.body));
    expect(mine).toContain('Bedankt, Pieter Claes: je check-in is bewaard.');
    expect(mine).toContain('Mijn check-in aanpassen');
    expect(JSON.stringify(await checkInDialog(invokeCard(res.body)))).toContain('"value":"Stoofvlees met frietjes"');
    await h.connector.waitFor(() => h.connector.updates().length === 1);
    const shared = visibleText(cardOf(h.connector.updates()[0]!.activity));
    expect(shared).toContain('1 lid heeft ingecheckt.');
    expect(shared).not.toContain('Stoofvlees');
  });

  it('changes nothing on a double click', async () => {
    const sessionId = await startAndGetSessionId();
    await submit(sessionId, { mood: 'sunny' });
    await h.app.updater.flush();
    const again = await submit(sessionId, { mood: 'sunny' });
    expect(visibleText(invokeCard(again.body))).toContain('Je had precies deze check-in al verstuurd');
    await h.app.updater.flush();
    expect(h.connector.updates()).toHaveLength(1);
    expect(await h.app.deps.store.checkIns.count(sessionId)).toBe(1);
  });

  // How few updates a burst costs is measured with Teams' one-second interval in burst.test.ts; here it is 50 ms.
  it('keeps every check-in when many members submit at once, and the shared card converges', async () => {
    const sessionId = await startAndGetSessionId();
    const members = Array.from({ length: 15 }, (_, i) => ({ id: `29:lid-${i}`, name: `Lid ${i}` }));
    const answers = await Promise.all(members.map((m) => submit(sessionId, { mood: 'cloudy' }, m)));
    expect(answers.map((a) => a.status)).toEqual(members.map(() => 200));
    await h.connector.waitFor(
      () =>
        visibleText(cardOf(h.connector.updates().at(-1)?.activity ?? { attachments: [{ content: {} }] })).includes(
          '15 leden',
        ),
      3000,
    );
    expect(await h.app.deps.store.checkIns.count(sessionId)).toBe(15);
  });

  /** The check-in card as the channel shows it after its latest update. */
  async function lastCardUpdate() {
    await h.app.updater.flush();
    return cardOf(h.connector.updates().at(-1)!.activity);
  }

  it(
    'switches to the colour or one-word check-in when the facilitator names it, ' +
      'and checks the answer by that form',
    async () => {
      const sessionId = await startAndGetSessionId();
      // The running check-in changes form on its own card: no second card.
      expect(await say('/checkin kleur')).toEqual([]);
      const colourDialog = visibleText(await checkInDialog(await lastCardUpdate()));
      expect(colourDialog).toContain('Welke kleur staat vandaag symbool voor hoe jij je voelt?');
      expect(colourDialog).toContain('🟢 Groen');
      const weatherAnswer = await submit(sessionId, { mood: 'sunny' });
      expect(visibleText(invokeCard(weatherAnswer.body))).toContain('De kleurvraag is nog leeg');
      const colour = await submit(sessionId, { colour: 'green', answer: 'Stoemp' });
      expect(visibleText(invokeCard(colour.body))).toContain('je check-in is bewaard');

      expect(await say('/checkin word', users.griet, 'en-US')).toEqual([]);
      expect(visibleText(await checkInDialog(await lastCardUpdate()))).toContain(
        'Welk woord omschrijft je gemoed het best?',
      );
      const twoWords = await submit(sessionId, { word: 'heel moe', answer: 'Stoemp' }, users.lotte, 'en-US');
      const handedBack = invokeCard(twoWords.body);
      expect(visibleText(handedBack)).toContain('One word, please');
      expect(JSON.stringify(handedBack)).toContain('heel moe');
      expect(JSON.stringify(handedBack)).toContain('Stoemp');

      const [refused] = textsOf(await say('/checkin meme'));
      expect(refused).toContain('/checkin weer, /checkin kleur en /checkin woord');
    },
  );

  it('hands back text that is too long, in the form, with a clear message', async () => {
    const sessionId = await startAndGetSessionId();
    const long = 'Veel te veel tekst. '.repeat(30);
    const res = await submit(sessionId, { mood: 'rainy', answer: long, obstacles: 'Geen tijd' });
    const card = invokeCard(res.body);
    expect(visibleText(card)).toContain('Je antwoord is te lang: 599 van maximaal 500 tekens.');
    expect(JSON.stringify(card)).toContain(JSON.stringify(long.trim()).slice(1, -1));
    expect(JSON.stringify(await checkInDialog(card))).toContain('"value":"Geen tijd"');
    expect(visibleText(card)).toMatch(/Inchecken$/);
    expect(await h.app.deps.store.checkIns.count(sessionId)).toBe(0);
  });

  it('stores a check-in on the card of an ended session, marked late, and says so', async () => {
    const sessionId = await startAndGetSessionId();
    await say('/einde');
    const res = await submit(sessionId, { mood: 'stormy' }, users.lotte, 'en-US');
    expect(visibleText(invokeCard(res.body))).toContain(
      'This session has already ended. Your check-in is saved anyway, marked as late.',
    );
    expect(await h.app.deps.store.checkIns.get(sessionId, users.lotte.id)).toMatchObject({
      mood: 'stormy',
      late: true,
    });
  });

  it('hands back what was typed on a card of a session it does not know', async () => {
    const res = await submit('no-such-session', {
      mood: 'sunny',
      answer: 'Mijn antwoord',
      sinceLastTime: 'Lessen herschreven',
    });
    const text = visibleText(invokeCard(res.body));
    expect(text).toContain('Deze kaart hoort bij een bijeenkomst die ik niet meer ken.');
    expect(text).toContain('Mijn antwoord');
    expect(text).toContain('Lessen herschreven');
  });

  it('shows markdown in user text as typed, never as a link', async () => {
    const sessionId = await startAndGetSessionId();
    const sneaky = { id: '29:sneaky', name: '[Klik hier](https://evil.example) **Jan**' };
    const res = await submit(sessionId, { mood: 'sunny' }, sneaky);
    const card = JSON.stringify(invokeCard(res.body));
    expect(card).toContain(
      '{"type":"TextRun","text":"Bedankt, [Klik hier](https://evil.example) **Jan**: je check-in is bewaard.',
    );
    expect(card).not.toContain('"type":"TextBlock"');
  });

  it('gives a member their own view on refresh, and the facilitators always theirs', async () => {
    const sessionId = await startAndGetSessionId();
    await submit(sessionId, { mood: 'partly-sunny', answer: 'Pannenkoeken' });
    const refreshed = await h.post(
      cardAction('checkin.refresh', { sessionId, phaseIndex: 0, cardVersion: 1 }, users.pieter, where),
    );
    expect(JSON.stringify(await checkInDialog(invokeCard(refreshed.body)))).toContain('"value":"Pannenkoeken"');
    await h.app.updater.flush();
    const shared = cardOf(h.connector.updates().at(-1)!.activity) as { refresh?: { userIds: string[] } };
    expect(shared.refresh?.userIds).toEqual([users.griet.id, users.pieter.id]);
  });
});

describe('the shared card when Teams throttles', () => {
  it('waits for Retry-After and still lands the update', async () => {
    const sessionId = await startAndGetSessionId();
    h.connector.failNext({ status: 429, retryAfterSeconds: 1 });
    const started = Date.now();
    await submit(sessionId, { mood: 'sunny' });
    await h.connector.waitFor(() => h.connector.updates().length === 1, 5000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(visibleText(cardOf(h.connector.updates()[0]!.activity))).toContain('1 lid heeft ingecheckt.');
    h.errors.length = 0;
  });
});
