import { cardAction, message, users, type TestUser } from '../fakes/activities';
import type { ConnectorCall } from '../fakes/bot-connector';
import { allActions, cardOf, invokeCard, visibleText } from './card-reading';
import type { HarnessRef } from './use-harness';

export type Card = Record<string, unknown>;

interface Refresh {
  action: { verb: string; data: Record<string, unknown> };
  userIds: string[];
}

/**
 * What a facilitator or member does in the channel, over HTTP: type, click, and see their own view of a card.
 * Who types is Griet, the facilitator, unless a test says otherwise.
 */
export function channelUser(ref: HarnessRef) {
  const at = () => ({ ...ref.where, locale: 'nl-BE' });
  /** The messages the bot posted (not updated) while `act` ran. */
  const posted = async (act: () => Promise<unknown>): Promise<ConnectorCall[]> => {
    const before = ref.h.connector.calls.length;
    await act();
    return ref.h.connector.calls.slice(before).filter((c) => c.kind !== 'update');
  };
  const say = (text: string, from: TestUser = users.griet): Promise<ConnectorCall[]> =>
    posted(async () => expect((await ref.h.post(message(text, from, at()))).status).toBe(200));
  /** The card the bot posted last in answer to `text`. */
  const sayCard = async (text: string, from: TestUser = users.griet): Promise<Card> => {
    const last = (await say(text, from)).at(-1);
    if (!last) throw new Error(`nothing posted in answer to ${text}`);
    return cardOf(last.activity);
  };
  const reportsFiled = (): number =>
    ref.h.connector.calls.filter((c) => c.kind !== 'update' && JSON.stringify(c.activity).includes('Verslag van'))
      .length;
  /**
   * The facilitator ends the session. Its report is posted a moment after the turn: wait for it, so it is not
   * taken for the answer to what is said next.
   */
  const endSession = async (): Promise<void> => {
    const before = reportsFiled();
    await say('/einde');
    await ref.h.connector.waitFor(() => reportsFiled() > before, 10_000);
  };
  /** The facilitator starts a session and ends it: the community knows its channel and has held a session. */
  const holdSession = async (): Promise<void> => {
    await say('/start-bijeenkomst');
    await endSession();
  };
  /** The facilitator moves the session on `phases` phases; the card of the phase it lands on. */
  const moveOn = async (phases: number): Promise<Card> => {
    for (let i = 1; i < phases; i++) await say('/volgende');
    return sayCard('/volgende');
  };
  /** The facilitator starts a session (in `format`, if named) and moves on to its phase `phase` (1 is the first). */
  const startedAt = async (format: string, phase: number): Promise<Card> => {
    const first = await sayCard(`/start-bijeenkomst ${format}`.trim());
    return phase > 1 ? moveOn(phase - 1) : first;
  };
  const invoke = async (activity: Record<string, unknown>): Promise<Card> => {
    const res = await ref.h.post(activity);
    expect(res.status).toBe(200);
    return invokeCard(res.body);
  };
  /**
   * A click on `verb`, with the data its button carries (or, for a button the card lacks, the card's own ref),
   * `data` on top of it and the member's `inputs`.
   */
  const click = (card: Card, verb: string, inputs: Record<string, unknown>, from: TestUser, data = {}) => {
    const action = allActions(card).find((a) => a.verb === verb) ?? allActions(card)[0];
    return invoke(cardAction(verb, { ...action?.data, ...data, ...inputs }, from, at()));
  };
  /** A click on a button the card shows: fails when it has none for `verb`. */
  const clickButton = (card: Card, verb: string, inputs: Record<string, unknown>, from: TestUser) => {
    if (!verbsOn(card).includes(verb)) throw new Error(`no ${verb} on the card`);
    return click(card, verb, inputs, from);
  };
  /** What Teams shows `user` for a shared card: their own view when the card lists them for a refresh. */
  const ownView = async (card: Card, user: TestUser): Promise<Card> => {
    const refresh = card.refresh as Refresh | undefined;
    if (!refresh?.userIds.includes(user.id)) return card;
    const activity = cardAction(refresh.action.verb, refresh.action.data, user, at());
    const value = activity.value as Record<string, unknown>;
    return invoke({ ...activity, value: { ...value, trigger: 'automatic' } });
  };
  /** The card as the channel shows it now: the newest update of a card whose text includes `title`. */
  const shared = async (title = ''): Promise<Card> => {
    await ref.h.app.updater.flush();
    const cards = ref.h.connector.updates().map((u) => cardOf(u.activity));
    const card = cards.filter((c) => visibleText(c).includes(title)).at(-1);
    if (!card) throw new Error(`no update of a card with "${title}"`);
    return card;
  };
  return { say, sayCard, endSession, holdSession, moveOn, startedAt, click, clickButton, ownView, posted, shared };
}

export const verbsOn = (card: Card): string[] => allActions(card).map((a) => a.verb);

/** The card among posted messages that has a button with this verb. */
export function postedCardWith(calls: ConnectorCall[], verb: string): Card {
  const card = calls.map((c) => cardOf(c.activity)).find((c) => verbsOn(c).includes(verb));
  if (!card) throw new Error(`no posted card with ${verb}`);
  return card;
}
