import { cardAction, message, type TestUser } from '../fakes/activities';
import { allActions, cardOf, invokeCard, visibleText } from './card-reading';
import type { Harness } from './harness';

// Actions agreed through the bot, in the community's channel or in a group chat, for the tests of "my actions".

export type Card = Record<string, unknown>;
export type Place = 'channel' | 'personal' | 'groupChat';
const GROUP_CHAT = '19:groepschat-pieter@thread.v2';

const where = (h: Harness, place: Place, locale: string) => ({
  serviceUrl: h.connector.url,
  locale,
  scope: place === 'personal' ? ('personal' as const) : ('channel' as const),
});
const at = (place: Place, activity: Record<string, unknown>): Record<string, unknown> =>
  place === 'groupChat'
    ? {
        ...activity,
        conversation: { id: GROUP_CHAT, conversationType: 'groupChat', isGroup: true, tenantId: 'tenant-1' },
        channelData: { tenant: { id: 'tenant-1' } },
      }
    : activity;

/** What the bot posted in answer to `text` (shared-card updates left out). */
export async function say(h: Harness, text: string, from: TestUser, place: Place = 'channel', locale = 'nl-BE') {
  const before = h.connector.calls.length;
  expect((await h.post(at(place, message(text, from, where(h, place, locale))))).status).toBe(200);
  return h.connector.calls
    .slice(before)
    .filter((c) => c.kind !== 'update')
    .map((c) => cardOf(c.activity));
}

/** A click on a card's button at the place; the card that answered it. */
export async function click(h: Harness, place: Place, verb: string, data: unknown, from: TestUser, locale = 'nl-BE') {
  const activity = cardAction(verb, data as Record<string, unknown>, from, where(h, place, locale));
  const res = await h.post(at(place, activity));
  expect(res.status).toBe(200);
  return invokeCard(res.body);
}

/** Starts a session at the place, goes to its actions and adds one action per `[what, owner]`, due 8 December. */
export async function agree(h: Harness, place: Place, by: TestUser, actions: [string, TestUser][]): Promise<void> {
  await say(h, '/start-bijeenkomst', by, place);
  const card = (await say(h, '/acties', by, place)).at(-1)!;
  const add = allActions(card).find((a) => a.verb === 'actions.add')!;
  for (const [what, owner] of actions) {
    const data = { ...add.data, what, owner: owner.id, due: '2026-12-08' };
    expect(visibleText(await click(h, place, 'actions.add', data, by))).toContain('Toegevoegd');
  }
}
