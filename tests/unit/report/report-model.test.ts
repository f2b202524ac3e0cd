import { castBallot, openVote } from '../../../domain/activities/dot-vote/dot-vote-use-cases';
import { rateDriver } from '../../../domain/driver/rate-driver';
import { buildReportModel } from '../../../domain/report/build-report-model';
import type { ReportModel } from '../../../domain/report/report-model';
import { startSession } from '../../../domain/session/start-session';
import { putUpInTurn } from '../../helpers/post-its';
import { CHANNEL, people, sampleDeps, sampleSession } from './sample-session';

async function modelOf(
  sample: { deps: Parameters<typeof buildReportModel>[0]; sessionId: string },
  extra?: Parameters<typeof buildReportModel>[2],
): Promise<ReportModel> {
  const model = await buildReportModel(sample.deps, sample.sessionId, extra);
  if (!model.ok) throw new Error(model.error.code);
  return model.value;
}

describe('the report of a regular session', () => {
  let model: ReportModel;
  let sample: Awaited<ReturnType<typeof sampleSession>>;

  beforeAll(async () => {
    sample = await sampleSession({ format: 'regular', language: 'nl', members: 12, postIts: 24, clustered: true });
    model = await modelOf(sample, { nextSession: { date: '2026-12-08', time: '14:00', place: 'Campus Brugge' } });
  });
  afterAll(() => sample.deps.store.close());

  it('names the community, the session, its day and theme, in the community language', () => {
    expect(model.language).toBe('nl');
    expect(model.community).toMatchObject({
      name: 'PLG Anatomie & Fysiologie',
      theme: 'Activerende werkvormen in het eerste jaar',
    });
    expect(model.session).toMatchObject({ number: 4, format: 'regular', date: '2026-11-24', state: 'ended' });
  });

  it('counts who came (one in five stayed away) and the weather of the room, without who said what', () => {
    expect(model.attendance.members).toBe(12);
    expect(model.attendance.present).toHaveLength(10);
    expect(model.attendance.present).toEqual([...model.attendance.present].sort((a, b) => a.localeCompare(b)));
    expect(model.checkIn).toMatchObject({ variant: 'weather', checkIns: 10, late: 0 });
    expect(Object.values(model.checkIn.summary.moods).reduce((a, b) => a + b, 0)).toBe(10);
    expect(JSON.stringify(model.checkIn)).not.toContain('29:member');
  });

  it('groups the brainstorm by the clusters members made, biggest first, the unclustered last', () => {
    const explore = model.boards.find((b) => b.phaseKey === 'explore')!;
    expect(explore.total).toBe(24);
    const sizes = explore.groups.map((g) => g.items.length);
    expect(explore.groups.at(-1)).toMatchObject({ kind: 'none' });
    expect(explore.groups.slice(0, -1).every((g) => g.kind === 'cluster')).toBe(true);
    expect(sizes.slice(0, -1)).toEqual([...sizes.slice(0, -1)].sort((a, b) => b - a));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(24);
  });

  it('groups the retrospective by its columns, in the board order', () => {
    const retro = model.boards.find((b) => b.activity === 'retrospective')!;
    expect(retro.groups.map((g) => [g.kind, g.label, g.items.length])).toEqual([
      ['category', 'went-well', 3],
      ['category', 'to-improve', 2],
      ['category', 'celebrate', 2],
    ]);
  });

  it('shows the vote as the vote itself ranks it, ties marked, and its winners as decisions', () => {
    const [vote] = model.votes;
    expect(vote?.voters).toBe(10);
    // The sample is condensed, so the vote was on its clusters.
    const top = vote?.results?.filter((r) => r.rank === 1) ?? [];
    expect(top.map((r) => [r.text, r.votes, r.tied])).toEqual([
      ['Toetsing & feedback', 10, true],
      ['Activerende werkvormen', 10, true],
    ]);
    expect(model.decisions).toEqual(['Toetsing & feedback', 'Activerende werkvormen']);
  });

  it('lists the actions by due date with their owners', () => {
    expect(model.actions).toHaveLength(6);
    expect(model.actions.map((a) => a.due)).toEqual([...model.actions.map((a) => a.due)].sort());
    expect(model.actions[0]).toMatchObject({ ownerName: 'Griet De Smet', status: 'open' });
    expect(model.actions[0]?.what).toContain('kennisclips');
  });

  it('follows the driver rating over every session up to this one', () => {
    expect(model.community.driverGoal).toContain('activerende werkvorm');
    expect(model.driverTrend.map((p) => [p.sessionNumber, p.count, p.average])).toEqual([
      [1, 5, 2.6],
      [2, 6, 3.5],
      [3, 7, 4.6],
      [4, 10, 3.5],
    ]);
  });

  it('takes the next session from the schedule, and has no survey', () => {
    expect(model.next).toEqual({ date: '2026-12-08', time: '14:00', place: 'Campus Brugge', suggestions: [] });
    expect(model.survey).toBeUndefined();
  });
});

describe('the report of a closing session', () => {
  it('has the survey aggregates only: no open answer and nothing of who answered what', async () => {
    const sample = await sampleSession({ format: 'closing', language: 'en', members: 9 });
    const model = await modelOf(sample);
    expect(model.session).toMatchObject({ number: 5, format: 'closing' });
    expect(model.survey?.answers).toBe(8);
    expect(model.survey?.results?.map((r) => r.question)).toContain('driver');
    expect(model.survey?.openAnswers).toBe(8);
    expect(JSON.stringify(model)).not.toContain('Het samen ontwerpen');
    await sample.deps.store.close();
  });

  it('shows nothing of the survey but the count while fewer than three answered', async () => {
    const sample = await sampleSession({ format: 'closing', members: 9, surveyAnswers: 2 });
    const model = await modelOf(sample);
    expect(model.survey).toEqual({ answers: 2, openAnswers: 0 });
    await sample.deps.store.close();
  });
});

describe('a report while the session runs', () => {
  const [griet, pieter, anouk] = people(3) as [
    ReturnType<typeof people>[0],
    ReturnType<typeof people>[0],
    ReturnType<typeof people>[0],
  ];

  async function runningSession() {
    const deps = sampleDeps(new Date('2026-11-22T13:00:00Z'));
    const started = await startSession(deps, {
      place: { channel: CHANNEL, name: 'Leergroep Zorg', language: 'en' },
      actor: griet,
      format: 'regular',
    });
    if (!started.ok) throw new Error(started.error.code);
    return { deps, sessionId: started.value.session.id };
  }

  it('keeps the vote hidden until a facilitator reveals it, and shows no average below three ratings', async () => {
    const sample = await runningSession();
    await putUpInTurn(
      sample.deps,
      { sessionId: sample.sessionId, phaseIndex: 1 },
      [pieter],
      ['Rubrics', 'Peer review'],
      'i',
    );
    const ideas = await sample.deps.store.contributions.list(sample.sessionId, 'post-it');
    await openVote(sample.deps, { sessionId: sample.sessionId, phaseIndex: 2, actor: griet });
    await castBallot(sample.deps, {
      sessionId: sample.sessionId,
      phaseIndex: 2,
      actor: anouk,
      raw: { [`dots_${ideas[0]!.id}`]: 1 },
    });
    await rateDriver(sample.deps, { sessionId: sample.sessionId, phaseIndex: 4, actor: anouk, raw: 4 });
    const model = await modelOf(sample);
    expect(model.session.state).toBe('running');
    expect(model.votes).toEqual([{ phaseIndex: 2, phaseKey: 'condense', voters: 1 }]);
    expect(model.decisions).toEqual([]);
    expect(model.driverTrend).toEqual([{ sessionNumber: 1, date: '2026-11-22', count: 1 }]);
    expect(model.attendance.present).toEqual([anouk.name, griet.name, pieter.name].sort((a, b) => a.localeCompare(b)));
    await sample.deps.store.close();
  });

  it('leaves out post-its a facilitator dropped, and groups by category when nothing is clustered', async () => {
    const sample = await runningSession();
    const wentWell = [
      { text: 'Goed', category: 'went-well' },
      { text: 'Dubbel', category: 'went-well' },
    ];
    await putUpInTurn(sample.deps, { sessionId: sample.sessionId, phaseIndex: 4 }, [pieter], wentWell, 'r');
    const [, dropped] = await sample.deps.store.contributions.list<{ text: string; category: string | null }>(
      sample.sessionId,
      'post-it',
    );
    const stored = await sample.deps.store.contributions.get(sample.sessionId, 'post-it', dropped!.id);
    await sample.deps.store.contributions.save(
      { ...dropped!, data: { ...dropped!.data, dropped: true } },
      stored!.version,
    );
    const retro = (await modelOf(sample)).boards.find((b) => b.activity === 'retrospective');
    expect(retro).toMatchObject({
      total: 1,
      groups: [{ kind: 'category', label: 'went-well', items: [{ text: 'Goed' }] }],
    });
    await sample.deps.store.close();
  });

  it('takes agenda suggestions from the check-out, and the next topic from the schedule', async () => {
    const deps = sampleDeps();
    const started = await startSession(deps, {
      place: { channel: CHANNEL, name: 'LWG', language: 'nl' },
      actor: griet,
      format: 'learning-work',
    });
    if (!started.ok) throw new Error(started.error.code);
    const sessionId = started.value.session.id;
    const checkOut = [
      { text: 'Gastspreker uit het werkveld', category: 'next-agenda' },
      { text: 'Veel geleerd', category: 'take-away' },
    ];
    await putUpInTurn(deps, { sessionId, phaseIndex: 5 }, [pieter], checkOut, 'c');
    const model = await modelOf({ deps, sessionId }, { nextSession: { topic: 'Stagebegeleiding' } });
    expect(model.next).toEqual({ topic: 'Stagebegeleiding', suggestions: ['Gastspreker uit het werkveld'] });
    await deps.store.close();
  });

  it('answers an unknown session with a clear error', async () => {
    const sample = await runningSession();
    expect(await buildReportModel(sample.deps, 'no-such-session')).toEqual({
      ok: false,
      error: { code: 'errors.session.unknown' },
    });
    await sample.deps.store.close();
  });
});
