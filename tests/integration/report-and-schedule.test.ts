import fs from 'node:fs';
import path from 'node:path';
import { users } from '../fakes/activities';
import type { ConnectorCall } from '../fakes/bot-connector';
import { cardOf, textsOf, visibleText } from './card-reading';
import { channelUser } from './steering';
import { useClockedHarness } from './use-harness';

const harness = useClockedHarness('2026-11-22T09:00:00Z', {
  background: { filingPollMs: 100, schedulerTickMs: 3_600_000 },
});
const { say, sayCard, holdSession } = channelUser(harness);

/** The cards posted (not updated) whose text includes `text`. */
const postsWith = (calls: ConnectorCall[], text: string) =>
  calls.filter((c) => c.kind !== 'update' && visibleText(cardOf(c.activity)).includes(text));
const cardWith = (text: string) => (calls: ConnectorCall[]) => postsWith(calls, text).length > 0;
const urlsOf = (card: Record<string, unknown>): string[] =>
  [...JSON.stringify(card).matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] ?? '');

describe('the session report', () => {
  it(
    'is filed when the session ends, posted with its preview, ' + 'and /verslag files it again without a duplicate',
    async () => {
      await say('/start-bijeenkomst');
      await say('/einde');
      const { connector } = harness.h;
      await connector.waitFor(cardWith('Verslag van bijeenkomst 1'), 15_000);
      const card = cardOf(postsWith(connector.calls, 'Verslag van bijeenkomst 1')[0]!.activity);
      expect(visibleText(card)).toContain('Open het verslag (pdf)');
      const [png, pdf] = urlsOf(card);
      expect(png).toMatch(/\.png$/);
      const fetched = await fetch(`${harness.h.url}${new URL(pdf ?? '').pathname}`);
      expect(fetched.status).toBe(200);
      expect(fetched.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await fetched.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');

      const [refused] = textsOf(await say('/verslag', users.pieter));
      expect(refused).toContain('Trekkers maken de verslagen');
      const [asked] = textsOf(await say('/verslag'));
      expect(asked).toContain('Het verslag van bijeenkomst 1 wordt gemaakt');
      await connector.waitFor((calls) => postsWith(calls, 'Verslag van bijeenkomst 1').length >= 2, 15_000);
      const folder = path.join(harness.h.dataDir, 'reports');
      const files = fs
        .readdirSync(folder, { recursive: true })
        .map(String)
        .filter((f) => /\.(pdf|png)$/.test(f));
      expect(files.map((f) => path.basename(f)).sort()).toEqual([
        '2026-11-22 Bijeenkomst 1.pdf',
        '2026-11-22 Bijeenkomst 1.png',
      ]);
    },
  );

  it('answers /verslag before any session with what to do first', async () => {
    const [answer] = textsOf(await say('/verslag'));
    expect(answer).toContain('Er is nog geen bijeenkomst');
  });
});

describe('the schedule', () => {
  it('plans a recurring session, shows it with calendar files, and serves the .ics', async () => {
    await say('/start-bijeenkomst');
    const [planned] = textsOf(await say('/plannen elke derde dinsdag 15:00-16:30 Lokaal B.204'));
    expect(planned).toMatch(/Gepland: \d+ bijeenkomsten, van dinsdag 15 december 2026 tot/);
    const card = await sayCard('/planning');
    expect(visibleText(card)).toContain('Bijeenkomst 2 · dinsdag 15 december 2026, 15:00–16:30');
    expect(visibleText(card)).toContain('Lokaal B.204');
    expect(visibleText(card)).toContain('In je agenda zetten');
    const ics = urlsOf(card).find((u) => u.endsWith('.ics') && !u.endsWith('schedule.ics'));
    const res = await fetch(`${harness.h.url}${new URL(ics ?? '').pathname}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    expect(await res.text()).toContain('DTSTART:20261215T140000Z');
  });

  it('hands back a plan it cannot read, with the form it expects', async () => {
    await say('/start-bijeenkomst');
    const [answer] = textsOf(await say('/plannen ergens volgende week'));
    expect(answer).toContain('/plannen 8/12 15:00-16:30');
    expect(answer).toContain('ergens volgende week');
    const [member] = textsOf(await say('/plannen 15/12 15:00-16:30', users.pieter));
    expect(member).toContain('Griet Van Damme');
  });
});

describe('reminders', () => {
  it(
    'reach the channel two days before a planned session, ' + 'once, also when the Connector first answers 429',
    async () => {
      await holdSession();
      await say('/plannen 1/12 15:00-16:30');
      const { connector, app } = harness.h;
      harness.clock.set('2026-11-29T14:01:00Z');
      connector.failNext({ status: 429, retryAfterSeconds: 1 });
      await app.background.scheduler.tick();
      await connector.waitFor(cardWith('Bijeenkomst 2 over 2 dagen'), 10_000);
      await app.background.scheduler.tick();
      expect(postsWith(connector.calls, 'Bijeenkomst 2 over 2 dagen')).toHaveLength(1);
    },
  );
});

describe('timeboxes', () => {
  it(
    'move the session on by itself once the facilitator says /auto aan, ' + 'and the channel gets the next card',
    async () => {
      await say('/start-bijeenkomst');
      const [on] = textsOf(await say('/auto aan'));
      expect(on).toContain('deze fase eindigt om 10:10');
      harness.clock.advance(11);
      await harness.h.app.background.phases.tick();
      await harness.h.connector.waitFor(cardWith('Exploreren · bijeenkomst 1'), 4_000);
      expect(postsWith(harness.h.connector.calls, 'De tijd is om: door naar de volgende fase.')).toHaveLength(1);
      const [refused] = textsOf(await say('/auto misschien'));
      expect(refused).toContain('/auto aan of /auto uit');
    },
  );
});
