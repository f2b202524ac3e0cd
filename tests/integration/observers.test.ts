import { message, users, type TestUser } from '../fakes/activities';
import { textsOf, visibleText } from './card-reading';
import { OBSERVER_NL, PEOPLE, TAB_PEOPLE, communityIdOf, dirk, mentioning, tabAs } from './observer-rig';
import { dialogButton, openDialog, sendDialog } from './dialog-reading';
import { channelUser, postedCardWith, type Card } from './steering';
import { useHarness } from './use-harness';

// Issue 16, point 1: facilitators name observers, who see what the channel sees and answer nothing.
jest.setTimeout(30_000);
const harness = useHarness({ tab: { local: { users: TAB_PEOPLE } } });
beforeEach(() => {
  harness.h.connector.roster = PEOPLE.map((u) => ({ ...u }));
});

/** Dirk joins the team after the session began: Teams knows him, the community's roster does not. */
async function startedWithoutDirk(): Promise<void> {
  harness.h.connector.roster = PEOPLE.filter((u) => u !== dirk).map((u) => ({ ...u }));
  await channelUser(harness).say('/start-bijeenkomst');
  harness.h.connector.roster = PEOPLE.map((u) => ({ ...u }));
}

/** What the bot answered to a message that mentions `who` (or nobody). */
async function told(text: string, from: TestUser, who?: TestUser, locale = 'nl-BE'): Promise<string> {
  const { posted } = channelUser(harness);
  const activity = who
    ? mentioning(harness, text, from, who, locale)
    : message(text, from, { ...harness.where, locale });
  const calls = await posted(async () => expect((await harness.h.post(activity)).status).toBe(200));
  return textsOf(calls).join('\n');
}

const roleOf = async (who: TestUser) => harness.h.app.deps.store.members.get(await communityIdOf(harness), who.id);

describe('naming an observer in the channel', () => {
  it('adds a director who never joined as observer by the mention, and makes him a member again', async () => {
    await startedWithoutDirk();
    expect(await told('/waarnemer', users.griet)).toContain('Vermeld wie waarnemer wordt: /waarnemer @naam.');
    expect(await told('/observer', users.griet, undefined, 'en-US')).toContain(
      'Mention who becomes an observer: /observer @name.',
    );
    expect(await told('/waarnemer', users.pieter, dirk)).toContain('Alleen een trekker kan dat doen.');
    expect(await roleOf(dirk)).toBeUndefined();
    expect(await told('/waarnemer', users.griet, dirk)).toContain(
      'Dirk Peeters is nu waarnemer van deze leergemeenschap',
    );
    // Teams gave no Entra id in the mention: the bot asked for the team member, so the tab finds him.
    expect(await roleOf(dirk)).toMatchObject({ role: 'observer', aadObjectId: dirk.aadObjectId });
    expect(await told('/waarnemer', users.griet, users.griet)).toContain(
      'Griet Van Damme is trekker van deze leergemeenschap en blijft dat',
    );
    expect((await roleOf(users.griet))?.role).toBe('facilitator');
    expect(await told('/lid', users.griet, dirk)).toContain('Dirk Peeters is weer lid van deze leergemeenschap');
    expect((await roleOf(dirk))?.role).toBe('member');
  });

  it("lists the observer commands in a facilitator's help, not in a member's", async () => {
    await channelUser(harness).say('/start-bijeenkomst');
    expect(await told('/hulp', users.griet)).toContain('/waarnemer\n  Iemand waarnemer maken');
    expect(await told('/hulp', users.griet)).toContain('/lid\n  Een waarnemer weer lid maken: /lid @naam');
    expect(await told('/hulp', users.pieter)).not.toContain('/waarnemer');
  });
});

describe("an observer's clicks", () => {
  it('are refused on every card with the observer message, and nothing is stored', async () => {
    const { say, sayCard, click, endSession, startedAt } = channelUser(harness);
    const checkIn = postedCardWith(await say('/start-bijeenkomst'), 'checkin.submit');
    await told('/waarnemer', users.griet, dirk);
    const refused = async (card: Card, verb: string, inputs: Record<string, unknown>) =>
      expect({ verb, text: visibleText(await click(card, verb, inputs, dirk)) }).toEqual({
        verb,
        text: expect.stringContaining(OBSERVER_NL) as string,
      });
    await refused(checkIn, 'checkin.submit', { mood: 'sunny' });
    const board = postedCardWith(await say('/volgende'), 'board.add');
    await refused(board, 'board.add', { text: 'Een idee van de directeur' });
    await click(board, 'board.add', { text: 'Meer oefentoetsen' }, users.pieter);
    // Each card as the command posts it: the click carries that card's session and phase.
    await refused(await sayCard('/stemmen'), 'vote.cast', {});
    await refused(await sayCard('/acties'), 'actions.add', { text: 'Toets herwerken', owner: dirk.id });
    await endSession();
    const topics = await startedAt('startbijeenkomst', 6);
    await refused(topics, 'board.add', { text: 'Nog een onderwerp', token: 'd1' });
    await click(topics, 'board.add', { text: 'Oefentoetsen', token: 't1' }, users.pieter);
    await refused(await sayCard('/volgende'), 'rank.submit', {});
    await endSession();
    await refused(await startedAt('slotbijeenkomst', 4), 'survey.submit', { likert_driver: '4' });
    const sessions = await harness.h.app.deps.store.sessions.list(await communityIdOf(harness));
    for (const s of sessions) expect(await harness.h.app.deps.store.checkIns.get(s.value.id, dirk.id)).toBeUndefined();
    const all = await harness.h.app.deps.store.contributions.listAllInCommunity(await communityIdOf(harness));
    expect(all.filter((c) => c.value.authorId === dirk.id)).toEqual([]);
  });
});

describe("an observer's dialogs", () => {
  it('open, but sending one is refused with the observer message and stores nothing', async () => {
    const { say } = channelUser(harness);
    await say('/start-bijeenkomst');
    await told('/waarnemer', users.griet, dirk);
    const board = postedCardWith(await say('/volgende'), 'board.add');
    const where = { ...harness.where, locale: 'nl-BE' };
    const dialog = await openDialog(harness.h, where, dialogButton(board, 'board.add'), dirk);
    const sent = dialog.card
      ? await sendDialog(harness.h, where, dialog.card, { text: 'Via de dialoog' }, dirk)
      : dialog;
    expect(JSON.stringify(sent)).toContain(OBSERVER_NL);
    const all = await harness.h.app.deps.store.contributions.listAllInCommunity(await communityIdOf(harness));
    expect(all.filter((c) => c.value.authorId === dirk.id)).toEqual([]);
  });
});

describe('counting members', () => {
  it('leaves observers out of the count and the attendance, even a check-in from before', async () => {
    const { say, click, endSession } = channelUser(harness);
    const checkIn = postedCardWith(await say('/start-bijeenkomst'), 'checkin.submit');
    await click(checkIn, 'checkin.submit', { mood: 'sunny' }, users.pieter);
    await click(checkIn, 'checkin.submit', { mood: 'rainy' }, users.lotte);
    await told('/waarnemer', users.griet, users.lotte);
    await told('/waarnemer', users.griet, dirk);
    const before = harness.h.connector.calls.length;
    await endSession();
    expect(textsOf(harness.h.connector.calls.slice(before)).join('\n')).toContain('1 lid nam deel.');
    const history = await tabAs(harness)(users.griet, 'GET', `/communities/${await communityIdOf(harness)}/history`);
    const [session] = history.body.sessions as { attendance: { present: string[]; members: number } }[];
    expect(session?.attendance).toEqual({ present: ['Griet Van Damme', 'Pieter Claes'], members: 2 });
  });
});
