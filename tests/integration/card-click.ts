import { cardAction, type TestUser } from '../fakes/activities';
import { allActions, invokeCard } from './card-reading';
import type { Harness } from './harness';

type Card = Record<string, unknown>;

/** Clicks `verb` on a card as `from` (in Dutch) and returns the card the bot answered with. */
export async function clickOn(
  h: Harness,
  where: { serviceUrl: string },
  card: Card,
  verb: string,
  inputs: Record<string, unknown>,
  from: TestUser,
): Promise<Card> {
  // A refresh is no button: it carries the same card data as the buttons.
  const action = allActions(card).find((a) => a.verb === verb) ?? allActions(card)[0];
  if (!action) throw new Error(`no ${verb} on the card`);
  const res = await h.post(cardAction(verb, { ...action.data, ...inputs }, from, { ...where, locale: 'nl-BE' }));
  expect(res.status).toBe(200);
  return invokeCard(res.body);
}
