import path from 'node:path';
import Database from 'better-sqlite3';
import { cardAction, message, taskInvoke, users, type TestUser } from '../fakes/activities';
import { allActions, cardOf, invokeCard, visibleText } from './card-reading';
import { inputFor } from './card-inputs';
import { dialogAnswer, dialogButton } from './dialog-reading';
import type { Harness } from './harness';
import { TICKED_BY_HAND, useClockedHarness } from './use-harness';

// A card's ids are on every card; a click only counts in the conversation that owns the session (issue 12, item 1).
jest.setTimeout(20_000);

type Card = Record<string, unknown>;
type Place = 'home' | 'otherTeam' | 'personal' | 'groupChat';

const OTHER_COMMUNITY =
  'Deze kaart hoort bij een andere leergemeenschap. Ze werkt alleen in het kanaal of de chat waar ze geplaatst werd.';
const WRONG_PLACES: Place[] = ['otherTeam', 'personal', 'groupChat'];
const OTHER_TEAM = {
  team: { id: '19:team-andere-school@thread.tacv2', name: 'PLG Andere school' },
  channel: { id: '19:channel-andere-school@thread.tacv2', name: 'Algemeen' },
};
const GROUP_CHAT = '19:groepschat-jan@thread.v2';
const jan: TestUser = { id: '29:jan', name: 'Jan Peeters', aadObjectId: 'aad-jan' };
const wout: TestUser = { id: '29:wout', name: 'Wout Peeters', aadObjectId: 'aad-wout' };

const harness = useClockedHarness('2026-11-22T09:00:00Z', { background: TICKED_BY_HAND });
let h: Harness;
beforeEach(() => {
  h = harness.h;
});

/** An activity as Teams sends it from the place: the community's channel, another team's, a 1:1 or a group chat. */
function at(place: Place, activity: Record<string, unknown>): Record<string, unknown> {
  const tenantId = 'tenant-1';
  if (place === 'otherTeam')
    return {
      ...activity,
      conversation: {
        id: `${OTHER_TEAM.channel.id};messageid=1700000000001`,
        conversationType: 'channel',
        isGroup: true,
        tenantId,
      },
      channelData: { ...OTHER_TEAM, tenant: { id: tenantId } },
    };
  if (place === 'groupChat')
    return {
      ...activity,
      conversation: { id: GROUP_CHAT, conversationType: 'groupChat', isGroup: true, tenantId },
      channelData: { tenant: { id: tenantId } },
    };
  return activity;
}

const where = (place: Place) => ({
  serviceUrl: h.connector.url,
  locale: 'nl-BE',
  scope: place === 'personal' ? ('personal' as const) : ('channel' as const),
});

async function say(text: string, from: TestUser = users.griet, place: Place = 'home'): Promise<Card[]> {
  const before = h.connector.calls.length;
  expect((await h.post(at(place, message(text, from, where(place))))).status).toBe(200);
  return h.connector.calls
    .slice(before)
    .filter((c) => c.kind !== 'update')
    .map((c) => cardOf(c.activity));
}

async function clickAt(place: Place, verb: string, data: Record<string, unknown>, from: TestUser): Promise<Card> {
  const res = await h.post(at(place, cardAction(verb, data, from, where(place))));
  expect(res.status).toBe(200);
  return invokeCard(res.body);
}

/** Every row of every table: a click that "changes nothing" leaves this exactly as it was. */
function storeSnapshot(): string[] {
  const db = new Database(path.join(h.dataDir, 'leerkring.db'), { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[];
    return tables.flatMap((t) =>
      db
        .prepare(`SELECT * FROM "${t.name}"`)
        .all()
        .map((row) => `${t.name} ${JSON.stringify(row)}`)
        .sort(),
    );
  } finally {
    db.close();
  }
}

const homeCommunityId = async (): Promise<string> => {
  const community = await h.app.deps.store.communities.findByChannel({
    teamId: '19:team-plg-af@thread.tacv2',
    channelId: '19:channel-bijeenkomsten@thread.tacv2',
  });
  if (!community) throw new Error('no community in the home channel');
  return community.value.id;
};

/** Ends the running session and waits until its report is filed (the filing writes to the store and posts). */
async function endSession(): Promise<void> {
  await say('/einde');
  const filed = () =>
    h.connector.calls.some((c) => visibleText(cardOf(c.activity)).includes('Verslag van bijeenkomst'));
  await h.connector.waitFor(filed, 10_000);
  await settled();
}

/** Waits until nothing in the background still writes to the store or calls the Connector. */
async function settled(): Promise<void> {
  await h.app.updater.flush();
  for (let previous = ''; ;) {
    const current = `${h.connector.calls.length} ${storeSnapshot().join('\n')}`;
    if (current === previous) return;
    previous = current;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A running session at its brainstorm, with one post-it from a member. */
async function boardWithIdea(): Promise<void> {
  await say('/start-bijeenkomst');
  const [board] = await say('/volgende');
  const add = allActions(board).find((a) => a.verb === 'board.add')!;
  await clickAt('home', 'board.add', { ...add.data, text: 'Oefentoetsen' }, users.pieter);
}

const last = (cards: Card[]): Card => {
  const card = cards.at(-1);
  if (!card) throw new Error('nothing was posted');
  return card;
};

/** Griet types these commands in the community's channel; the card posted last, in answer to the last one. */
const cardAfter =
  (...commands: string[]) =>
  async (): Promise<Card> => {
    let cards: Card[] = [];
    for (const command of commands) cards = await say(command);
    return last(cards);
  };

/** A start session five phases on: its topics brainstorm. */
const topicsBrainstorm = cardAfter('/start-bijeenkomst startbijeenkomst', ...Array<string>(5).fill('/volgende'));

interface Kind {
  name: string;
  /** Posts the activity's card in the community's channel. */
  card: () => Promise<Card>;
  /** The click that answers it, and the inputs of that answer. */
  verb: string;
  inputs: (card: Card) => Record<string, unknown>;
  /** What the member reads when the same click comes from the community's own channel. */
  accepted: string;
}

const KINDS: Kind[] = [
  {
    name: 'check-in',
    card: cardAfter('/start-bijeenkomst'),
    verb: 'checkin.submit',
    inputs: () => ({ mood: 'sunny', answer: 'Stoofvlees met frietjes' }),
    accepted: 'Bedankt, Jan Peeters: je check-in is bewaard.',
  },
  {
    name: 'board',
    card: cardAfter('/start-bijeenkomst', '/volgende'),
    verb: 'board.add',
    inputs: () => ({ text: 'Idee van Jan' }),
    accepted: 'Toegevoegd: je post-it hangt op het bord.',
  },
  {
    name: 'vote',
    card: async () => {
      await boardWithIdea();
      const closed = last(await say('/stemmen'));
      const open = allActions(closed).find((a) => a.verb === 'vote.refresh')!;
      return clickAt('home', 'vote.open', open.data, users.griet);
    },
    verb: 'vote.cast',
    inputs: (card) => ({ [inputFor(card, 'dots', 'Oefentoetsen')]: '1' }),
    accepted: 'Je stippen zijn bewaard.',
  },
  {
    name: 'rank',
    card: async () => {
      const topics = await topicsBrainstorm();
      const add = allActions(topics).find((a) => a.verb === 'board.add')!;
      await clickAt('home', 'board.add', { ...add.data, text: 'Oefentoetsen' }, users.pieter);
      return last(await say('/volgende'));
    },
    verb: 'rank.submit',
    inputs: (card) => ({ [inputFor(card, 'rank', 'Oefentoetsen')]: '1' }),
    accepted: 'Je rangschikking is bewaard.',
  },
  {
    name: 'actions',
    card: cardAfter('/start-bijeenkomst', '/acties'),
    verb: 'actions.add',
    inputs: () => ({ what: 'Oefentoets maken', owner: users.griet.id, due: '2026-12-08' }),
    accepted: 'Toegevoegd: de actie staat op de lijst.',
  },
  {
    name: 'introductions',
    card: cardAfter('/start-bijeenkomst startbijeenkomst'),
    verb: 'introductions.submit',
    inputs: () => ({ programme: 'Verpleegkunde', courses: 'Anatomie 1', answer: 'Stoofvlees' }),
    accepted: 'Bedankt, Jan Peeters: de anderen kunnen je voorstelling nu lezen.',
  },
  {
    name: 'driver rating',
    card: cardAfter('/start-bijeenkomst', '/retro'),
    verb: 'driver.rate',
    inputs: () => ({ rating: '4' }),
    accepted: 'Je beoordeling is bewaard.',
  },
  {
    name: 'survey',
    card: cardAfter('/start-bijeenkomst slotbijeenkomst', '/bevraging anoniem'),
    verb: 'survey.submit',
    inputs: () => ({ likert_driver: '4', 'open_most-valuable': 'De casussen' }),
    accepted: 'Bedankt: je antwoorden zijn anoniem bewaard.',
  },
  {
    name: 'closing questionnaire',
    card: async () => {
      await say('/start-bijeenkomst');
      await endSession();
      await say('/plannen 15/12 15:00-16:30 slotbijeenkomst');
      harness.clock.set('2026-12-08T14:01:00Z');
      await h.app.background.scheduler.tick();
      const isQuestionnaire = (c: { activity: Record<string, unknown>; kind: string }) =>
        c.kind !== 'update' && visibleText(cardOf(c.activity)).includes('Impactbevraging vóór bijeenkomst 2');
      await h.connector.waitFor(() => h.connector.calls.some(isQuestionnaire), 10_000);
      return cardOf(h.connector.calls.find(isQuestionnaire)!.activity);
    },
    verb: 'closing-survey.submit',
    inputs: () => ({ likert_driver: '4', 'open_most-valuable': 'De casussen' }),
    accepted: 'Bedankt: je antwoorden zijn anoniem bewaard.',
  },
];

/**
 * Every click and refresh of the card, with the answer's inputs, from each wrong place: each is answered with the
 * "another community" card and nothing is stored, posted or updated.
 */
async function expectRefusedEverywhere(card: Card, inputs: Record<string, unknown>): Promise<void> {
  const communityId = await homeCommunityId();
  await settled();
  const before = storeSnapshot();
  const calls = h.connector.calls.length;
  const actions = allActions(card);
  expect(actions.length).toBeGreaterThan(0);
  for (const action of actions) {
    for (const place of WRONG_PLACES) {
      const answer = await clickAt(place, action.verb, { ...action.data, ...inputs }, jan);
      expect([action.verb, place, visibleText(answer)]).toEqual([action.verb, place, OTHER_COMMUNITY]);
      expect(answer.actions).toBeUndefined();
      expect(answer.refresh).toBeUndefined();
    }
  }
  await h.app.updater.flush();
  expect(h.connector.calls.length).toBe(calls);
  expect(storeSnapshot()).toEqual(before);
  expect(await h.app.deps.store.members.get(communityId, jan.id)).toBeUndefined();
}

describe('a card click from outside the conversation that owns the session', () => {
  it.each(KINDS.map((k) => [k.name, k] as const))(
    '%s: refused from another team, a personal chat and a group chat; the same click works in its own channel',
    async (_name, kind) => {
      // Team Y has its own community, with a session running: the click is sent from its channel.
      await say('/start-bijeenkomst', wout, 'otherTeam');
      const card = await kind.card();
      const action = allActions(card).find((a) => a.verb === kind.verb);
      if (!action) throw new Error(`no ${kind.verb} on the ${kind.name} card`);
      const inputs = kind.inputs(card);
      await expectRefusedEverywhere(card, inputs);

      const answer = await clickAt('home', kind.verb, { ...action.data, ...inputs }, jan);
      expect(visibleText(answer)).toContain(kind.accepted);
      expect(await h.app.deps.store.members.get(await homeCommunityId(), jan.id)).toBeDefined();
    },
  );

  it(
    'an ended session: refused elsewhere, ' +
      'while a late check-in and a late post-it in its own channel still get their answer',
    async () => {
      const checkIn = last(await say('/start-bijeenkomst'));
      const board = last(await say('/volgende'));
      await endSession();
      await expectRefusedEverywhere(checkIn, { mood: 'rainy' });
      await expectRefusedEverywhere(board, { text: 'Te laat idee' });

      const submit = allActions(checkIn).find((a) => a.verb === 'checkin.submit')!;
      const late = await clickAt('home', 'checkin.submit', { ...submit.data, mood: 'rainy' }, jan);
      expect(visibleText(late)).toContain(
        'Deze bijeenkomst is al afgelopen. Je check-in is toch bewaard, gemarkeerd als laat.',
      );
      const sessionId = String(submit.data.sessionId);
      expect(await h.app.deps.store.checkIns.get(sessionId, jan.id)).toMatchObject({ late: true, mood: 'rainy' });
      const add = allActions(board).find((a) => a.verb === 'board.add')!;
      const lateIdea = await clickAt('home', 'board.add', { ...add.data, text: 'Te laat idee' }, jan);
      expect(visibleText(lateIdea)).toContain(
        'Bijeenkomst 1 is afgelopen, dus deze kaart neemt geen antwoorden meer aan.',
      );
      expect(visibleText(lateIdea)).toContain('Te laat idee');
    },
  );

  it('"post the current phase again": refused elsewhere, even for a facilitator of the other community', async () => {
    await say('/start-bijeenkomst', wout, 'otherTeam');
    await say('/start-bijeenkomst');
    const [running] = await say('/start-bijeenkomst');
    const repost = allActions(running).find((a) => a.verb === 'session.repostCurrent');
    if (!repost) throw new Error('no repost button');
    const calls = h.connector.calls.length;
    for (const place of WRONG_PLACES) {
      const answer = await clickAt(place, repost.verb, repost.data, wout);
      expect(visibleText(answer)).toBe(OTHER_COMMUNITY);
    }
    expect(h.connector.calls.length).toBe(calls);
    const again = await clickAt('home', repost.verb, repost.data, users.griet);
    expect(visibleText(again)).toContain('Bijeenkomst 1 loopt nog');
    expect(h.connector.calls.length).toBe(calls + 1);
  });

  it("the check-in's \"done\" button cannot tick off another community's action from a card of one's own", async () => {
    h.connector.roster = [users.griet, users.pieter];
    await say('/start-bijeenkomst');
    const actions = last(await say('/acties'));
    const add = allActions(actions).find((a) => a.verb === 'actions.add')!;
    const what = { what: 'Oefentoets maken', owner: users.pieter.id, due: '2026-12-08' };
    const added = await clickAt('home', 'actions.add', { ...add.data, ...what }, users.griet);
    const done = allActions(added).find((a) => a.verb === 'actions.done')!;
    // Pieter is in team Y's community too; its check-in card names his action of the community in the channel.
    const ownCheckIn = last(await say('/start-bijeenkomst', users.pieter, 'otherTeam'));
    const ownRef = allActions(ownCheckIn).find((a) => a.verb === 'checkin.submit')!.data;
    await settled();
    const before = storeSnapshot();
    const data = { ...ownRef, actionSessionId: done.data.sessionId, actionId: done.data.actionId };
    const answer = await clickAt('otherTeam', 'checkin.actionDone', data, users.pieter);
    expect(visibleText(answer)).toBe(OTHER_COMMUNITY);
    await settled();
    expect(storeSnapshot()).toEqual(before);
  });

  it("a group chat's community: its card is refused in a team channel, and works in the group chat", async () => {
    const posted = await say('/start-bijeenkomst', jan, 'groupChat');
    const checkIn = last(posted);
    const submit = allActions(checkIn).find((a) => a.verb === 'checkin.submit')!;
    const data = { ...submit.data, mood: 'sunny' };
    for (const place of ['home', 'otherTeam', 'personal'] as const) {
      const answer = await clickAt(place, 'checkin.submit', data, users.pieter);
      expect(visibleText(answer)).toBe(OTHER_COMMUNITY);
    }
    const sessionId = String(submit.data.sessionId);
    expect(await h.app.deps.store.checkIns.count(sessionId)).toBe(0);
    const mine = await clickAt('groupChat', 'checkin.submit', data, users.pieter);
    expect(visibleText(mine)).toContain('Bedankt, Pieter Claes: je check-in is bewaard.');
    expect(await h.app.deps.store.checkIns.count(sessionId)).toBe(1);
  });

  it("a dialog opened or sent from another community's card is refused, and adds nothing", async () => {
    await say('/start-bijeenkomst', wout, 'otherTeam');
    await say('/start-bijeenkomst');
    const board = last(await say('/volgende'));
    const button = dialogButton(board, 'board.add');
    const dialog = async (name: 'task/fetch' | 'task/submit', place: Place, data: Record<string, unknown>) =>
      dialogAnswer((await h.post(at(place, taskInvoke(name, data, wout, where(place))))).body);
    await settled();
    const before = storeSnapshot();
    for (const place of WRONG_PLACES) {
      expect(await dialog('task/fetch', place, button)).toEqual({ closedWith: OTHER_COMMUNITY });
      const sent = { ...button, text: 'Idee van elders', token: `elders-${place}` };
      expect(await dialog('task/submit', place, sent)).toEqual({ closedWith: OTHER_COMMUNITY });
    }
    await settled();
    expect(storeSnapshot()).toEqual(before);
    const home = await dialog('task/fetch', 'home', button);
    expect(visibleText(home.card)).toContain('Jouw post-it');
  });

  it('the data cards, which belong to the person or the conversation, still work where they were posted', async () => {
    const [forget] = await say('/vergeet-mij', jan, 'personal');
    const cancel = allActions(forget).find((a) => a.verb === 'data.forget.cancel')!;
    const answer = await clickAt('personal', cancel.verb, cancel.data, jan);
    expect(visibleText(answer)).toBe('Er is niets veranderd.');
  });

  it('answers in English for an English Teams client', async () => {
    const checkIn = last(await say('/start-bijeenkomst'));
    const submit = allActions(checkIn).find((a) => a.verb === 'checkin.submit')!;
    const res = await h.post(
      at(
        'otherTeam',
        cardAction('checkin.submit', { ...submit.data, mood: 'sunny' }, jan, {
          ...where('otherTeam'),
          locale: 'en-GB',
        }),
      ),
    );
    expect(visibleText(invokeCard(res.body))).toBe(
      'This card belongs to another community. It only works in the channel or chat where it was posted.',
    );
  });
});
