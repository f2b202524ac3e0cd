import { strFromU8, unzipSync } from 'fflate';
import { users, type TestUser } from '../fakes/activities';
import { cardOf, visibleText } from './card-reading';
import { channelUser, type Card } from './steering';
import { useHarness } from './use-harness';

jest.setTimeout(60_000);

const harness = useHarness();
const { say, sayCard, click, startedAt, shared } = channelUser(harness);
interface Exported {
  contributions: { kind: string; id: string; sessionId: string; authorId: string; data: unknown }[];
}

const jan: TestUser = { id: '29:jan', name: 'Jan Peeters', aadObjectId: 'aad-jan' };
const an: TestUser = { id: '29:an', name: 'An Wouters', aadObjectId: 'aad-an' };
const SURVEY_KINDS = ['survey-answered', 'survey-tally'];

/** What a facilitator gets from /exporteren, in a private chat: community.json of the zip behind the link. */
async function exported(): Promise<Exported> {
  const posted = await say('/exporteren');
  // The link goes to the facilitator's 1:1 chat, never to the channel.
  const privately = posted.find((c) => c.conversationId === `a:personal-chat-${users.griet.id}`)!;
  const url = /"url":"([^"]+\/exports\/[^"]+\.zip)"/.exec(JSON.stringify(cardOf(privately.activity)))?.[1] ?? '';
  const res = await fetch(`${harness.h.url}${new URL(url).pathname}`);
  expect(res.status).toBe(200);
  const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
  return JSON.parse(strFromU8(files['community.json']!)) as Exported;
}

/** The closing session's survey card in the channel, answered by each member with their score (or answers). */
async function surveyAnsweredBy(...answers: [TestUser, string | Record<string, string>][]): Promise<Card> {
  const card = await startedAt('slotbijeenkomst', 4);
  for (const [who, given] of answers) {
    const raw = typeof given === 'string' ? { likert_driver: given } : given;
    await click(card, 'survey.submit', raw, who);
  }
  return card;
}

const surveyRecords = (data: Exported) => data.contributions.filter((c) => SURVEY_KINDS.includes(c.kind));
/** A card read with its count taken out: what is left must be the same before and after one more answer. */
const withoutCount = (text: string) => text.replace(/\d+ leden hebben geantwoord\./, '<count>');

describe('the attack on an anonymous survey: read, one more answer, read again, export', () => {
  it(
    'learns nothing of the fourth member: no results while open, ' +
      'one set once closed, no answer order in the export',
    async () => {
      // Answer order on purpose unlike the members' id order: the export must not follow it.
      const card = await surveyAnsweredBy(
        [users.pieter, { likert_driver: '5', 'open_most-valuable': 'De casussen' }],
        [users.lotte, { likert_driver: '4', 'open_most-valuable': 'Het delen' }],
        [users.griet, { likert_driver: '3', 'open_most-valuable': 'De sfeer' }],
      );

      const firstLook = visibleText(await click(card, 'survey.refresh', {}, users.griet));
      const firstExport = await exported();
      await click(card, 'survey.submit', { likert_driver: '1', 'open_most-valuable': 'Jans geheim' }, jan);
      const secondLook = visibleText(await click(card, 'survey.refresh', {}, users.griet));
      const secondExport = await exported();

      expect(firstLook).toContain('3 leden hebben geantwoord.');
      expect(secondLook).toContain('4 leden hebben geantwoord.');
      expect(withoutCount(secondLook)).toBe(withoutCount(firstLook));
      for (const look of [firstLook, secondLook]) {
        expect(look).not.toContain('Resultaten (gemiddelde op 5)');
        expect(look).not.toMatch(/De casussen|Het delen|De sfeer|Jans geheim/);
      }
      expect(JSON.stringify(secondExport)).not.toContain('Jans geheim');
      const tallyOf = (data: Exported) => surveyRecords(data).find((c) => c.kind === 'survey-tally')?.data;
      expect(tallyOf(firstExport)).toEqual({ answers: 3 });
      expect(tallyOf(secondExport)).toEqual({ answers: 4 });
      const markers = (data: Exported) =>
        surveyRecords(data)
          .filter((c) => c.kind === 'survey-answered')
          .map((c) => c.authorId);
      expect(markers(firstExport)).toEqual([users.griet.id, users.lotte.id, users.pieter.id]);
      expect(markers(secondExport)).toEqual([users.griet.id, jan.id, users.lotte.id, users.pieter.id]);
      expect(secondExport.contributions.slice(-surveyRecords(secondExport).length)).toEqual(
        surveyRecords(secondExport),
      );

      const closed = visibleText(await click(card, 'survey.close', {}, users.griet));
      expect(closed).toContain('De bevraging is afgesloten: ze neemt geen antwoorden meer aan.');
      expect(closed).toMatch(/In welke mate zijn we aan de driver tegemoetgekomen\? · 3,3/);
      expect(closed).toContain('“Jans geheim”');

      const late = visibleText(
        await click(card, 'survey.submit', { likert_driver: '5', 'open_most-valuable': 'Laat' }, an),
      );
      expect(late).toContain('Deze bevraging is afgesloten en de resultaten zijn getoond');
      expect(late).toContain('Laat'); // handed back to copy, not taken
      const lookAfter = visibleText(await click(card, 'survey.refresh', {}, users.griet));
      expect(lookAfter).toBe(closed);
      await say('/vorige');
      // Back a phase, the facilitator's controls for the current phase are gone; the results stay the same.
      const results = (text: string) => text.replace(/\nVoor trekkers\nVolgende fase\n5 minuten verlengen$/, '');
      const lookBack = visibleText(await click(card, 'survey.refresh', {}, users.griet));
      expect(lookBack).toBe(results(closed));
      expect(lookBack).not.toBe(closed);
      const finalExport = await exported();
      const final = tallyOf(finalExport) as { answers: number; open: Record<string, string[]>; closed: boolean };
      expect(final.answers).toBe(4);
      expect(final.closed).toBe(true);
      expect([...final.open['most-valuable']!].sort()).toEqual(['De casussen', 'De sfeer', 'Het delen', 'Jans geheim']);
      expect(markers(finalExport)).toEqual(markers(secondExport));
    },
  );

  it('refuses a member who tries to close the survey, and shows nothing more for the try', async () => {
    const card = await surveyAnsweredBy([users.pieter, '5'], [users.lotte, '4'], [jan, '2']);
    const refused = visibleText(await click(card, 'survey.close', {}, users.pieter));
    expect(refused).toContain('Alleen een trekker');
    expect(refused).not.toContain('Resultaten (gemiddelde op 5)');
    expect(visibleText(await click(card, 'survey.submit', { likert_driver: '3' }, users.griet))).toContain(
      '4 leden hebben geantwoord.',
    );
  });

  it('shows the results once the session moves on from the survey, on its card in the channel', async () => {
    await surveyAnsweredBy([users.pieter, '5'], [users.lotte, '4'], [users.griet, '3']);
    expect(visibleText(await shared('Impactbevraging'))).not.toContain('Resultaten');
    await say('/volgende');
    const shown = visibleText(await shared('Impactbevraging'));
    expect(shown).toMatch(/In welke mate zijn we aan de driver tegemoetgekomen\? · 4/);
    expect(shown).not.toContain('Sluiten en resultaten tonen');
  });

  it('closes with /bevraging sluiten, for a facilitator, and posts the results in the channel', async () => {
    await say('/start-bijeenkomst slotbijeenkomst');
    const card = await sayCard('/bevraging');
    for (const [who, score] of [
      [users.pieter, '5'],
      [users.lotte, '4'],
      [users.griet, '3'],
    ] as const)
      await click(card, 'survey.submit', { likert_driver: score }, who);
    const [refused] = await say('/bevraging sluiten', users.pieter);
    expect(visibleText(cardOf(refused!.activity))).toContain('Alleen een trekker');
    const [shown] = await say('/bevraging sluiten');
    expect(visibleText(cardOf(shown!.activity))).toMatch(/In welke mate zijn we aan de driver tegemoetgekomen\? · 4/);
    expect(visibleText(await click(card, 'survey.submit', { likert_driver: '1' }, jan))).toContain(
      'Deze bevraging is afgesloten',
    );
  });
});
