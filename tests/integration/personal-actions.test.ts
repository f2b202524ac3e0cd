import { users, type TestUser } from '../fakes/activities';
import { agree as agreeAt, click as clickAt, say as sayAt, type Card, type Place } from './agreed-actions';
import { allActions, cardOf, visibleText } from './card-reading';
import type { Harness } from './harness';
import { TICKED_BY_HAND, useClockedHarness } from './use-harness';

// `/actions` in the personal chat with the bot: a member's open actions across communities (issue 16, point 4).
jest.setTimeout(20_000);

const harness = useClockedHarness('2026-11-22T09:00:00Z', { background: TICKED_BY_HAND });
let h: Harness;
beforeEach(() => {
  h = harness.h;
  h.connector.roster = [users.griet, users.pieter];
});

const say = (text: string, from: TestUser, place: Place = 'channel', locale = 'nl-BE') =>
  sayAt(h, text, from, place, locale);
const click = (place: Place, verb: string, data: unknown, from: TestUser, locale = 'nl-BE') =>
  clickAt(h, place, verb, data, from, locale);
const agree = (place: Place, by: TestUser, actions: [string, TestUser][]) => agreeAt(h, place, by, actions);

const button = (card: Card, verb: string) => allActions(card).find((a) => a.verb === verb)!;
const statusOf = async (what: string) => {
  const all = await Promise.all(
    (await h.app.deps.store.members.listByUser(users.griet.id)).map((m) =>
      h.app.deps.store.contributions.listInCommunity<{ what: string; status: string }>(m.communityId, 'action'),
    ),
  );
  return all.flat().find((a) => a.data.what === what)?.data.status;
};

describe('/actions in the personal chat', () => {
  it("lists the member's open actions of every community, each with the session and due date", async () => {
    await agree('channel', users.griet, [
      ['Oefentoets maken', users.pieter],
      ['Rubric delen', users.griet],
    ]);
    await agree('groupChat', users.pieter, [['Casus uitschrijven', users.pieter]]);
    const [card] = await say('/acties', users.pieter, 'personal');
    const text = visibleText(card);
    expect(text).toContain('Je open acties');
    expect(text).toContain('PLG Anatomie & Fysiologie');
    expect(text).toContain('Oefentoets maken\nUit bijeenkomst 1 · tegen di 8 dec');
    expect(text).toContain('Casus uitschrijven');
    expect(text).not.toContain('Rubric delen');
    expect(allActions(card).filter((a) => a.verb === 'myActions.done')).toHaveLength(2);
  });

  it('marks an action done in place, and undoes it', async () => {
    await agree('channel', users.griet, [['Oefentoets maken', users.pieter]]);
    const [card] = await say('/actions', users.pieter, 'personal', 'en-GB');
    const done = await click('personal', 'myActions.done', button(card!, 'myActions.done').data, users.pieter, 'en-GB');
    expect(visibleText(done)).toContain('Marked as done. Well done!');
    expect(visibleText(done)).toContain('✓ done · Oefentoets maken');
    expect(await statusOf('Oefentoets maken')).toBe('done');
    expect(allActions(done).map((a) => a.verb)).toEqual(['myActions.reopen']);
    // Done from the personal chat shows in the channel: its actions card is updated in place.
    await h.app.updater.flush();
    const updates = h.connector.calls.filter((c) => c.kind === 'update').map((c) => visibleText(cardOf(c.activity)));
    expect(updates.at(-1)).toContain('✓ gedaan · Oefentoets maken');
    const reopen = button(done, 'myActions.reopen');
    const undone = await click('personal', 'myActions.reopen', reopen.data, users.pieter, 'en-GB');
    expect(visibleText(undone)).toContain('The action is open again.');
    expect(visibleText(undone)).toContain('Oefentoets maken\nFrom session 1 · by Tue 8 Dec');
    expect(allActions(undone).map((a) => a.verb)).toEqual(['myActions.done']);
    expect(await statusOf('Oefentoets maken')).toBe('open');
  });

  it('says kindly that there are none, and where actions come from', async () => {
    const [nl] = await say('/acties', users.lotte, 'personal');
    expect(visibleText(nl)).toContain('Je hebt geen open acties. Acties worden afgesproken in de fase ‘Maken’');
    const [en] = await say('/actions', users.lotte, 'personal', 'en-US');
    expect(visibleText(en)).toContain('You have no open actions.');
    expect(visibleText(en)).not.toContain("Sessions take place in your community's team channel");
  });

  it("refuses a click for another person's action, and changes nothing", async () => {
    await agree('channel', users.griet, [
      ['Oefentoets maken', users.pieter],
      ['Rubric delen', users.griet],
    ]);
    const [own] = await say('/acties', users.griet, 'personal');
    const data = button(own!, 'myActions.done').data;
    for (const other of [users.pieter, users.lotte]) {
      const answer = await click('personal', 'myActions.done', { ...data, shown: '' }, other);
      expect(visibleText(answer)).toContain('Alleen wie de actie opneemt, wie ze toevoegde of een trekker');
    }
    expect(await statusOf('Rubric delen')).toBe('open');
  });
});
