import fs from 'node:fs';
import path from 'node:path';
import { users, type TestUser } from '../fakes/activities';
import type { ConnectorCall } from '../fakes/bot-connector';
import { pdfTextAndPages, pngSize } from '../helpers/pdf-text';
import { inputsFor } from './card-inputs';
import { allActions, cardOf, textsOf, visibleText } from './card-reading';
import { tabPeople, tabUser } from './portfolio-tab';
import { channelUser, type Card } from './steering';
import { useClockedHarness } from './use-harness';

// Four sessions walked through card by card: the pacer spaces the many cards.
jest.setTimeout(90_000);

const an: TestUser = { id: '29:an', name: 'An Wouters', aadObjectId: 'aad-an' };
const TOPICS = ['Feedback op stageverslagen', 'Kennisclips in de les', 'Samen toetsen ontwerpen'];
const ACTIONS: [string, TestUser][] = [
  ['Rubric voor stageverslagen uitproberen', users.pieter],
  ['Kennisclip over de nier opnemen', users.lotte],
];
const SECRET = 'Mijn geheime open antwoord';
const GOAL_FIRST = 'Elke les in het eerste jaar heeft een activerende werkvorm.';
const GOAL_FINAL = 'Elke les in het eerste jaar heeft een activerende werkvorm, en de studenten merken het.';

describe('the year portfolio through the bot', () => {
  const harness = useClockedHarness('2026-09-22T13:00:00Z', {
    background: { filingPollMs: 100, schedulerTickMs: 3_600_000 },
    tab: { local: tabPeople([users.griet, users.pieter, users.lotte, an]) },
  });
  const tab = tabUser(harness);
  let communityId = '';
  const { say, sayCard, click, startedAt, endSession } = channelUser(harness);
  const postsWith = (text: string) => (calls: ConnectorCall[]) =>
    calls.filter((c) => c.kind !== 'update' && visibleText(cardOf(c.activity)).includes(text));
  const urlsOf = (card: Card): string[] =>
    [...JSON.stringify(card).matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] ?? '');

  /** Waits for the `n`-th card titled `title` the filer posted; its PDF and PNG as the links serve them. */
  async function filedCard(title: string, n: number): Promise<{ pdf: Buffer; png: Buffer }> {
    const { connector, url } = harness.h;
    await connector.waitFor((calls) => postsWith(title)(calls).length >= n, 30_000);
    const card = cardOf(postsWith(title)(connector.calls)[n - 1]!.activity);
    const [pngUrl, pdfUrl] = urlsOf(card);
    const fetched = async (link = '') => {
      const res = await fetch(`${url}${new URL(link).pathname}`);
      expect(res.status).toBe(200);
      return Buffer.from(await res.arrayBuffer());
    };
    return { png: await fetched(pngUrl), pdf: await fetched(pdfUrl) };
  }

  /** The start session: topics brainstormed, ranked by three members and published; the driver written in the tab. */
  async function startSession(): Promise<void> {
    const board = await startedAt('startbijeenkomst', 6);
    for (const [i, text] of TOPICS.entries())
      await click(board, 'board.add', { text, token: `t${i}` }, i % 2 ? users.lotte : users.pieter);
    const rank = await sayCard('/volgende');
    const ranking = Object.fromEntries(TOPICS.map((t, i) => [t, i + 1]));
    for (const who of [users.griet, users.pieter, users.lotte])
      await click(rank, 'rank.submit', inputsFor(rank, 'rank', ranking), who);
    await click(rank, 'rank.publish', {}, users.griet);
    const sessionId = String(allActions(rank)[0]!.data.sessionId);
    communityId = (await harness.h.app.deps.store.sessions.get(sessionId))!.value.communityId;
    await tab.writeDriver(communityId, 0, GOAL_FIRST);
    await tab.planTopic(communityId, TOPICS[0]!, 2);
    await endSession();
  }

  /** A regular session where members agree the actions; one is done later, and the driver sharpened. */
  async function regularSession(): Promise<void> {
    harness.clock.set('2026-10-20T13:00:00Z');
    await say('/start-bijeenkomst');
    const card = await sayCard('/acties');
    const add = allActions(card).find((a) => a.verb === 'actions.add')!;
    for (const [what, owner] of ACTIONS)
      await click(card, 'actions.add', { ...add.data, what, owner: owner.id, due: '2026-11-17' }, users.griet);
    await endSession();
    await tab.markDone(users.pieter, ACTIONS[0]![0]);
    await tab.writeDriver(communityId, 1, GOAL_FINAL);
  }

  /** The closing session with its impact survey, answered by four members; ending it files the portfolio too. */
  async function closingSession(): Promise<void> {
    harness.clock.set('2027-03-16T14:00:00Z');
    const survey = await startedAt('slotbijeenkomst', 4);
    const answers: [TestUser, string][] = [
      [users.griet, '4'],
      [users.pieter, '5'],
      [users.lotte, '3'],
      [an, '4'],
    ];
    for (const [who, score] of answers)
      await click(survey, 'survey.submit', { likert_driver: score, 'open_most-valuable': SECRET }, who);
    await say('/einde');
  }

  const portfolioFiles = () =>
    fs
      .readdirSync(path.join(harness.h.dataDir, 'reports'), { recursive: true })
      .map((f) => path.basename(String(f)))
      .filter((f) => f.includes('portfolio'))
      .sort();

  it(
    'is filed when the closing session ends, reads back with the whole year, ' +
      'and /verslag jaar files it again without a duplicate; in English once the community reads English',
    async () => {
      await startSession();
      await regularSession();
      await closingSession();
      const first = await filedCard('Jaarportfolio 2026-2027', 1);
      const { text, pages } = pdfTextAndPages(first.pdf);
      expect(pages).toBeGreaterThanOrEqual(1);
      for (const fact of [
        'Schooljaar 2026-2027',
        '3 bijeenkomsten gehouden',
        'Startbijeenkomst',
        'Gewone bijeenkomst',
        '4 van 4 leden aanwezig',
        'Slotbijeenkomst',
        ...TOPICS,
        ...ACTIONS.map(([what]) => what),
        '1 van 2 gedaan',
        '2 versies bewaard',
        `BIJ DE START`,
        GOAL_FIRST,
        'OP HET EINDE',
        GOAL_FINAL,
        'Onderwerp: Feedback op stageverslagen',
        'Feedback op stageverslagen 6 punten Bijeenkomst 2',
        'Impactbevraging',
        '4 antwoorden · bijeenkomst 3',
        'Driver bereikt',
        'Aanwezigheid',
        `pagina ${pages} van ${pages}`,
      ])
        expect(text).toContain(fact);
      // The open answers stay in the survey: the portfolio says only how many there were.
      expect(text).not.toContain(SECRET);
      expect(text).toContain('Daarnaast 4 open antwoorden');
      expect(pngSize(first.png)).toEqual({ width: 1588, height: 2246 });

      const [refused] = textsOf(await say('/verslag jaar', users.pieter));
      expect(refused).toContain('Trekkers maken de verslagen');
      const [unknown] = textsOf(await say('/verslag jaartje'));
      expect(unknown).toContain('/verslag jaar voor het jaarportfolio');
      const [asked] = textsOf(await say('/verslag jaar'));
      expect(asked).toContain('Het jaarportfolio 2026-2027 wordt gemaakt');
      await filedCard('Jaarportfolio 2026-2027', 2);
      const community = 'PLG Anatomie & Fysiologie - Jaarportfolio 2026-2027';
      expect(portfolioFiles()).toEqual([`${community}.pdf`, `${community}.png`]);

      await say('/gemeenschap taal en');
      const [english] = textsOf(await say('/report year'));
      expect(english).toContain('The year portfolio 2026-2027 is being made');
      const en = pdfTextAndPages((await filedCard('Year portfolio 2026-2027', 1)).pdf).text;
      for (const fact of ['School year 2026-2027', 'Closing session', 'Impact survey', 'Attendance', ...TOPICS])
        expect(en).toContain(fact);
      expect(en).not.toContain(SECRET);
    },
  );
});
