import { cardAction, message, users } from '../fakes/activities';
import { allActions, cardOf, invokeCard, visibleText } from './card-reading';
import { startHarness, type Harness } from './harness';

// `npm start` runs the server with LEERKRING_CLIENT=playground: the Agents Playground drops any click on a button
// whose data has `msteams` (it shows no dialogs), so there the bot sends dialog buttons as plain submits.
jest.setTimeout(20_000);

let playground: Harness;
let teams: Harness;
beforeAll(async () => {
  [playground, teams] = await Promise.all([startHarness({ env: { LEERKRING_CLIENT: 'playground' } }), startHarness()]);
});
afterAll(() => Promise.all([playground.stop(), teams.stop()]));

const nl = { serviceUrl: '', locale: 'nl-BE' };

async function checkInCard(h: Harness) {
  const before = h.connector.calls.length;
  expect(
    (await h.post(message('/start-bijeenkomst', users.griet, { ...nl, serviceUrl: h.connector.url }))).status,
  ).toBe(200);
  const posted = h.connector.calls.slice(before).filter((c) => c.kind !== 'update');
  return cardOf(posted.find((c) => JSON.stringify(c.activity).includes('checkin.submit'))!.activity);
}

const checkInButton = (card: unknown) => allActions(card).find((a) => a.data.dialog === 'checkin.submit')!;

describe('the bot with the Agents Playground as its client', () => {
  it('sends dialog buttons as plain submits, posted and in invoke answers; Teams keeps its dialogs', async () => {
    const inPlayground = await checkInCard(playground);
    expect(JSON.stringify(inPlayground)).not.toContain('"msteams"');
    expect(checkInButton(inPlayground).data).toMatchObject({ openForm: true, dialog: 'checkin.submit' });
    const refreshed = await playground.post(
      cardAction('checkin.refresh', checkInButton(inPlayground).data, users.pieter, {
        serviceUrl: playground.connector.url,
        locale: 'nl-BE',
      }),
    );
    expect(JSON.stringify(invokeCard(refreshed.body))).not.toContain('"msteams"');

    const inTeams = await checkInCard(teams);
    expect(checkInButton(inTeams).data).toMatchObject({ msteams: { type: 'task/fetch' }, dialog: 'checkin.submit' });
  });

  it('answers the plain submit with the form as a message, and takes the form', async () => {
    // A second session, so this test starts from a fresh check-in (its form is the colour one).
    await playground.post(message('/einde', users.griet, { serviceUrl: playground.connector.url, locale: 'nl-BE' }));
    const card = await checkInCard(playground);
    const where = { serviceUrl: playground.connector.url, locale: 'nl-BE' };
    const click = (value: Record<string, unknown>, replyToId: string) => ({
      ...message('', users.pieter, where),
      text: undefined,
      entities: [],
      value,
      replyToId,
    });
    const before = playground.connector.calls.length;
    expect((await playground.post(click(checkInButton(card).data, 'shared-card'))).status).toBe(200);
    const form = playground.connector.calls
      .slice(before)
      .find((c) => c.kind !== 'update' && visibleText(cardOf(c.activity)).includes('Jouw check-in'));
    expect(visibleText(cardOf(form!.activity))).toContain('Jouw check-in');
    const send = allActions(cardOf(form!.activity)).find((a) => a.data.dialog === 'checkin.submit')!;
    expect(
      (await playground.post(click({ ...send.data, colour: 'green', answer: 'Stoemp' }, form!.activityId))).status,
    ).toBe(200);
    expect(visibleText(cardOf(playground.connector.calls.at(-1)!.activity))).toBe('Je check-in is bewaard.');
    const sessionId = String(send.data.sessionId);
    expect((await playground.app.deps.store.checkIns.get(sessionId, users.pieter.id))?.answer).toBe('Stoemp');
  });
});
