import { cardAction, message, users, type TestUser } from '../fakes/activities';
import { allActions, cardOf, invokeCard, textsOf, visibleText } from './card-reading';
import type { ConnectorCall } from '../fakes/bot-connector';
import type { Harness } from './harness';
import { useHarness } from './use-harness';

const harness = useHarness();
let h: Harness;
let where: { serviceUrl: string };
beforeEach(() => {
  ({ h, where } = harness);
});

async function say(text: string, from: TestUser = users.griet, locale = 'nl-BE') {
  const before = h.connector.calls.length;
  expect((await h.post(message(text, from, { ...where, locale }))).status).toBe(200);
  return h.connector.calls.slice(before).filter((c) => c.kind !== 'update');
}

const inChannel = (calls: ConnectorCall[]) => calls.filter((c) => c.conversationId.startsWith('19:'));

describe('/export', () => {
  it("sends the link to the facilitator's private chat; the channel reads one neutral line", async () => {
    await say('/start-bijeenkomst');
    const posted = await say('/exporteren');
    expect(JSON.stringify(inChannel(posted))).not.toContain('/exports/');
    expect(textsOf(inChannel(posted))).toEqual(['Griet Van Damme, ik heb je de export in een privéchat gestuurd.']);
    expect(h.connector.personalChats).toEqual([{ userId: users.griet.id, conversationId: 'a:personal-chat-29:griet' }]);
    const [link] = posted.filter((c) => c.conversationId === 'a:personal-chat-29:griet');
    expect(visibleText(cardOf(link!.activity))).toContain('De link werkt een uur');
    expect(JSON.stringify(link!.activity)).toMatch(/\/exports\/[\w-]+\.zip/);
  });

  it('says so, without the link, when Teams will not open a private chat', async () => {
    await say('/start-bijeenkomst');
    h.connector.refusePersonalChats = true;
    const posted = await say('/export', users.griet, 'en-GB');
    expect(JSON.stringify(posted)).not.toContain('/exports/');
    const [line] = textsOf(posted);
    expect(line).toContain('Griet Van Damme, I could not open a private chat with you');
    expect(line).toContain('Add Leerkring for yourself');
  });
});

describe('what the bot does not understand, in the channel', () => {
  it('answers plain chat with one short line, not the overview', async () => {
    const posted = await say('hallo daar', users.pieter);
    expect(posted).toHaveLength(1);
    const card = cardOf(posted[0]!.activity) as { body: unknown[] };
    expect(card.body).toHaveLength(1);
    expect(visibleText(card)).toBe('Dat begreep ik niet. Typ /hulp om te zien wat ik kan.');
    const [en] = textsOf(await say('hello there', users.pieter, 'en-GB'));
    expect(en).toBe("I didn't recognise that. Type /help to see what I can do.");
  });

  it('suggests the command closest to a typo', async () => {
    expect(textsOf(await say('/volgnde', users.pieter))).toEqual([
      '“/volgnde” begreep ik niet. Bedoelde je /volgende?',
    ]);
    expect(textsOf(await say('/nxt', users.pieter, 'en-GB'))).toEqual([
      "I didn't recognise “/nxt”. Did you mean /next?",
    ]);
  });
});

describe('an action due in the past', () => {
  it('is refused, naming the field and keeping what was typed', async () => {
    await say('/start-bijeenkomst');
    const [card] = await say('/acties');
    const add = allActions(cardOf(card!.activity)).find((a) => a.verb === 'actions.add')!;
    const res = await h.post(
      cardAction(
        'actions.add',
        { ...add.data, what: 'Toets nakijken', owner: users.griet.id, due: '2025-01-01' },
        users.griet,
        { ...where, locale: 'nl-BE' },
      ),
    );
    const answer = invokeCard(res.body);
    expect(visibleText(answer)).toContain('De datum bij “Tegen wanneer?” (wo 1 jan 2025) is al voorbij.');
    // Handed back on the card, and carried into the dialog its button opens.
    expect(visibleText(answer)).toContain('Je schreef:\nToets nakijken');
    expect(JSON.stringify(answer)).toContain('"draft":{"what":"Toets nakijken","owner":"29:griet","due":"2025-01-01"}');
    const session = await h.app.deps.store.sessions.get(String(add.data.sessionId));
    expect(await h.app.deps.store.contributions.list(session!.value.id, 'action')).toEqual([]);
  });
});
