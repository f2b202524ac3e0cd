import { cardAction, message, type TestUser } from '../fakes/activities';
import type { ConnectorCall } from '../fakes/bot-connector';
import { allActions, cardOf, invokeCard } from './card-reading';
import type { HarnessRef } from './use-harness';

export type Card = Record<string, unknown>;

interface Refresh {
  action: { verb: string; data: Record<string, unknown> };
  userIds: string[];
}

/** What a facilitator or member does in the channel, over HTTP: type, click, and see their own view of a card. */
export function channelUser(ref: HarnessRef) {
  const at = () => ({ ...ref.where, locale: 'nl-BE' });
  /** The messages the bot posted (not updated) while `act` ran. */
  const posted = async (act: () => Promise<unknown>): Promise<ConnectorCall[]> => {
    const before = ref.h.connector.calls.length;
    await act();
    return ref.h.connector.calls.slice(before).filter((c) => c.kind !== 'update');
  };
  const say = (text: string, from: TestUser): Promise<ConnectorCall[]> =>
    posted(async () => expect((await ref.h.post(message(text, from, at()))).status).toBe(200));
  const invoke = async (activity: Record<string, unknown>): Promise<Card> => {
    const res = await ref.h.post(activity);
    expect(res.status).toBe(200);
    return invokeCard(res.body);
  };
  /** A click on `verb`, with the data its button carries (or, for a button the card lacks, the card's own ref). */
  const click = (card: Card, verb: string, inputs: Record<string, unknown>, from: TestUser): Promise<Card> => {
    const action = allActions(card).find((a) => a.verb === verb) ?? allActions(card)[0];
    return invoke(cardAction(verb, { ...action?.data, ...inputs }, from, at()));
  };
  /** What Teams shows `user` for a shared card: their own view when the card lists them for a refresh. */
  const ownView = async (card: Card, user: TestUser): Promise<Card> => {
    const refresh = card.refresh as Refresh | undefined;
    if (!refresh?.userIds.includes(user.id)) return card;
    const activity = cardAction(refresh.action.verb, refresh.action.data, user, at());
    const value = activity.value as Record<string, unknown>;
    return invoke({ ...activity, value: { ...value, trigger: 'automatic' } });
  };
  return { say, click, ownView, posted };
}

export const verbsOn = (card: Card): string[] => allActions(card).map((a) => a.verb);

/** The card among posted messages that has a button with this verb. */
export function postedCardWith(calls: ConnectorCall[], verb: string): Card {
  const card = calls.map((c) => cardOf(c.activity)).find((c) => verbsOn(c).includes(verb));
  if (!card) throw new Error(`no posted card with ${verb}`);
  return card;
}
