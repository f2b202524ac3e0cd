import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { collection } from '../../../domain/collection';
import { enqueueFiling, getFilingJob, yearPortfolioJobId } from '../../../domain/report/filing';
import { buildYearPortfolio } from '../../../domain/report/year/build-year-portfolio';
import { schoolYearOf } from '../../../domain/report/year/school-year';
import type { YearPortfolioModel } from '../../../domain/report/year/year-model';
import { startSession } from '../../../domain/session/start-session';
import { endSession } from '../../../domain/session/steer-session';
import { portfolioFileBase, renderYearPortfolio } from '../../../report/year/render-portfolio';
import { PNG_WIDTH } from '../../../report/theme';
import { pdfTextAndPages, pngSize } from '../../helpers/pdf-text';
import { CHANNEL } from './sample-session';
import { ACTIONS, sampleYear, TOPICS, type SampleYear } from './sample-year';

jest.setTimeout(60_000);

const ARTIFACTS = path.join(__dirname, '../../artifacts/year-portfolio');

async function modelOf(sample: SampleYear, year = '2026-2027'): Promise<YearPortfolioModel> {
  const model = await buildYearPortfolio(sample.deps, sample.communityId, year);
  if (!model.ok) throw new Error(model.error.code);
  return model.value;
}

describe('the school year', () => {
  it.each([
    ['2026-09-01', '2026-2027'],
    ['2027-08-31', '2026-2027'],
    ['2027-01-15', '2026-2027'],
    ['2026-08-31', '2025-2026'],
  ])('of %s is %s', (day, year) => expect(schoolYearOf(day)).toBe(year));
});

describe('the year portfolio model', () => {
  let sample: SampleYear;
  let model: YearPortfolioModel;
  beforeAll(async () => {
    sample = await sampleYear();
    model = await modelOf(sample);
  });
  afterAll(() => sample.deps.store.close());

  it('has every session of the year in order, with who came and the topic it took up', () => {
    expect(model.sessions.map((s) => [s.number, s.format, s.date, s.present, s.members, s.topics])).toEqual([
      [1, 'start', '2026-09-22', 6, 8, []],
      [2, 'regular', '2026-10-20', 7, 8, [TOPICS[0]]],
      [3, 'regular', '2026-11-17', 5, 8, [TOPICS[1]]],
      [4, 'closing', '2027-03-17', 6, 8, []],
    ]);
  });

  it('shows the topic list in its order and which sessions took each topic up', () => {
    expect(model.topics.map((t) => [t.rank, t.text, t.takenUpIn])).toEqual([
      [1, TOPICS[0], [2]],
      [2, TOPICS[1], [3]],
      [3, TOPICS[2], []],
      [4, TOPICS[3], []],
    ]);
  });

  it('keeps the actions with their session and what became of them', () => {
    expect(model.actions.map((a) => [a.sessionNumber, a.what, a.status])).toEqual([
      [2, ACTIONS[0], 'done'],
      [3, ACTIONS[1], 'open'],
    ]);
  });

  it('shows the driver as first written down and as it stands, and its ratings per session', () => {
    expect(model.driver.revisions).toBe(2);
    expect(model.driver.first?.driver.endGoal).toMatch(/minstens één activerende werkvorm\.$/);
    expect(model.driver.final?.driver.endGoal).toMatch(/en studenten merken het\.$/);
    expect(model.driver.trend.map((p) => [p.sessionNumber, p.count])).toEqual([
      [2, 7],
      [3, 5],
    ]);
  });

  it('gives the impact survey as the survey itself does: averages, and only how many open answers', () => {
    expect(model.survey).toMatchObject({ sessionNumber: 4, answers: 6, openAnswers: 6 });
    expect(model.survey?.results?.length).toBeGreaterThan(0);
    expect(JSON.stringify(model)).not.toContain('Samen lessen ontwerpen');
  });

  it('counts attendance per member over the year', () => {
    expect(model.attendance.members).toHaveLength(8);
    expect(model.attendance.members[0]).toEqual({ name: 'Anouk Janssens', sessions: 4 });
    expect(model.attendance.members.at(-1)).toEqual({ name: 'Sven Goossens', sessions: 0 });
    expect(model.attendance.averageShare).toBeCloseTo(24 / 32);
  });

  it('leaves out the sessions of another school year', async () => {
    sample.deps.clock.now = () => new Date('2027-10-05T13:00:00Z');
    const place = { channel: CHANNEL, name: 'PLG Anatomie & Fysiologie', language: 'nl' as const };
    const started = await startSession(sample.deps, { place, actor: sample.members[0]!, format: 'regular' });
    if (!started.ok) throw new Error(started.error.code);
    await endSession(sample.deps, { channel: CHANNEL, actorId: sample.members[0]!.userId });
    expect((await modelOf(sample)).sessions).toHaveLength(4);
    expect((await modelOf(sample, '2027-2028')).sessions.map((s) => s.number)).toEqual([5]);
  });
});

describe('the impact survey in the portfolio', () => {
  it('shows no results below the anonymity threshold, only how many answered', async () => {
    const sample = await sampleYear({ surveyAnswers: 2 });
    const model = await modelOf(sample);
    await sample.deps.store.close();
    expect(model.survey).toMatchObject({ answers: 2 });
    expect(model.survey?.results).toBeUndefined();
    const rendered = await renderYearPortfolio(model);
    const { text } = pdfTextAndPages(rendered.pdf);
    expect(text).toContain('De resultaten verschijnen vanaf 3 antwoorden');
    expect(text).not.toContain('Invloed op mijn praktijk');
  });
});

describe('the rendered portfolio', () => {
  it.each(['nl', 'en'] as const)('reads back from its PDF in %s, one A4 PNG per page', async (language) => {
    const sample = await sampleYear({ language });
    const model = await modelOf(sample);
    await sample.deps.store.close();
    const rendered = await renderYearPortfolio(model);
    const { text, pages } = pdfTextAndPages(rendered.pdf);
    expect(pages).toBe(rendered.pages.length);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (const png of rendered.pages) expect(pngSize(png)).toEqual({ width: PNG_WIDTH, height: 2246 });
    const nl = language === 'nl';
    expect(portfolioFileBase(model)).toBe(
      `PLG Anatomie & Fysiologie - ${nl ? 'Jaarportfolio' : 'Year portfolio'} 2026-2027`,
    );
    const facts = nl
      ? ['Schooljaar 2026-2027', 'BIJ DE START', 'OP HET EINDE', 'Bijeenkomst 2', 'Slotbijeenkomst', '1 van 2 gedaan']
      : ['School year 2026-2027', 'AT THE START', 'AT THE END', 'Session 2', 'Closing session', '1 of 2 done'];
    for (const fact of [...facts, TOPICS[0]!, ACTIONS[0]!, 'Anouk Janssens', `${pages}`]) expect(text).toContain(fact);
    expect(text).toContain(nl ? `pagina ${pages} van ${pages}` : `page ${pages} of ${pages}`);
    mkdirSync(ARTIFACTS, { recursive: true });
    rendered.pages.forEach((png, i) => writeFileSync(path.join(ARTIFACTS, `portfolio-${language}-${i + 1}.png`), png));
  });
});

describe('the outbox with year portfolios', () => {
  it('keeps a session report and the year portfolio apart, and reads an older job as a session report', async () => {
    const sample = await sampleYear();
    const { deps } = sample;
    const target = { communityId: sample.communityId, graphTeamId: null, channelId: '19:c', language: 'nl' as const };
    // A job as stored before the outbox knew year portfolios: no `document`.
    const older: Record<string, unknown> = { ...(await enqueueFiling(deps, { sessionId: 'older', target })) };
    delete older.document;
    await deps.store.documents.save(
      collection('report-filing'),
      'older',
      older,
      (await getFilingJob(deps, 'older'))!.version,
    );
    expect((await getFilingJob(deps, 'older'))?.value.document).toEqual({ kind: 'session-report' });
    await enqueueFiling(deps, { sessionId: sample.closingId, target });
    const year = { kind: 'year-portfolio' as const, schoolYear: '2026-2027' };
    await enqueueFiling(deps, { sessionId: sample.closingId, target, document: year });
    await enqueueFiling(deps, { sessionId: sample.closingId, target, document: year });
    const portfolio = await getFilingJob(deps, yearPortfolioJobId(sample.communityId, '2026-2027'));
    expect(portfolio?.value).toMatchObject({ document: year, requests: 2, state: 'pending' });
    expect((await getFilingJob(deps, sample.closingId))?.value).toMatchObject({
      document: { kind: 'session-report' },
      requests: 1,
    });
    await deps.store.close();
  });
});
