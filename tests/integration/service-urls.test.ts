import { message, users } from '../fakes/activities';
import { FakeBotConnector } from '../fakes/bot-connector';
import { cardOf, visibleText } from './card-reading';
import { useHarness } from './use-harness';

const harness = useHarness();
let other: FakeBotConnector;

beforeEach(async () => {
  other = new FakeBotConnector();
  await other.start();
});
afterEach(() => other.stop());

// The bot keeps its Connector clients between turns: each must still answer through the service it came from.
it('answers each message through the Connector it came from, turn after turn', async () => {
  const { h } = harness;
  const ask = async (connector: FakeBotConnector) => {
    const before = connector.calls.length;
    expect((await h.post(message('/hulp', users.griet, { serviceUrl: connector.url, locale: 'nl-BE' }))).status).toBe(
      200,
    );
    return connector.calls.slice(before).map((c) => visibleText(cardOf(c.activity)));
  };
  for (let round = 0; round < 2; round++) {
    const here = await ask(h.connector);
    const there = await ask(other);
    expect(here.join('\n')).toContain('/start-bijeenkomst');
    expect(there.join('\n')).toContain('/start-bijeenkomst');
  }
  expect(h.connector.calls).toHaveLength(2);
  expect(other.calls).toHaveLength(2);
});
