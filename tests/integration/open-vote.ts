import { cardAction, users, type TestUser } from '../fakes/activities';
import { allActions, invokeCard } from './card-reading';
import type { Harness } from './harness';

/**
 * A facilitator, done condensing, opens the dot-vote of a card posted closed (the verb of their own view of it);
 * answers the opened card, with the buttons every member's card has.
 */
export async function openVote(
  h: Harness,
  card: Record<string, unknown>,
  where: { serviceUrl: string; locale?: string },
  facilitator: TestUser = users.griet,
): Promise<Record<string, unknown>> {
  const data = allActions(card).find((a) => a.verb === 'vote.refresh')?.data;
  if (!data) throw new Error('no vote to open on this card');
  const res = await h.post(cardAction('vote.open', data, facilitator, where));
  expect(res.status).toBe(200);
  return invokeCard(res.body);
}
