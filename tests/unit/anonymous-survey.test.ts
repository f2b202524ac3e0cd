import {
  answerClosingSurvey,
  closingSurveyState,
  openClosingSurvey,
} from '../../domain/activities/closing-survey/closing-survey';
import { closeTally, emptyTally, addToTally, shuffled } from '../../domain/activities/survey/survey';
import { closeSurvey, submitSurvey } from '../../domain/activities/survey/survey-use-cases';
import type { Community, Person } from '../../domain/community/community';
import { withoutAnswerOrder } from '../../domain/data/export-model';
import type { Contribution, Deps } from '../../domain/ports';
import { parsePlanCommand } from '../../domain/plan/plan-parser';
import { planSessions } from '../../domain/schedule/plan-sessions';
import { listSchedule } from '../../domain/schedule/schedule-queries';
import { endSession, moveSessionPhase } from '../../domain/session/steer-session';
import { eachFresh, griet, pieter, type FakeClock } from './schedule/schedule-fixtures';
import { jan, lotte, sessionSurvey, startClosing, SURVEY_PHASE } from './survey-fixtures';

let deps: Deps;
let clock: FakeClock;
let community: Community;
eachFresh('2026-11-22T14:00:00Z', (fixture) => ({ deps, clock, community } = fixture));

const closingSession = () => startClosing(deps, community);

const answer = (sessionId: string, actor: Person, score: string, open = '') =>
  submitSurvey(
    deps,
    {
      sessionId,
      phaseIndex: SURVEY_PHASE,
      actor,
      raw: { likert_driver: score, ...(open ? { 'open_most-valuable': open } : {}) },
    },
    () => 0.5,
  );

const look = (sessionId: string, userId = griet.userId) => sessionSurvey(deps, sessionId, userId);

const close = (sessionId: string, actor: Person = griet) =>
  closeSurvey(deps, { sessionId, phaseIndex: SURVEY_PHASE, actor }, () => 0.3);

describe('an anonymous survey while open', () => {
  it('shows a facilitator only the count, however many answered, so two looks differ by nothing but one', async () => {
    const session = await closingSession();
    for (const [who, score] of [
      [pieter, '5'],
      [lotte, '4'],
      [jan, '3'],
    ] as const)
      await answer(session.id, who, score, `antwoord van ${who.name}`);
    const before = await look(session.id);
    await answer(session.id, griet, '1', 'Griets geheim');
    const after = await look(session.id);
    expect(before).toMatchObject({ answers: 3, closed: false });
    expect(after).toMatchObject({ answers: 4, closed: false });
    expect(before.results ?? after.results ?? before.open ?? after.open).toBeUndefined();
  });
});

describe('closing an anonymous survey', () => {
  it('shows its results once, from three answers, and takes no more answers after', async () => {
    const session = await closingSession();
    await answer(session.id, pieter, '5', 'De casussen');
    await answer(session.id, lotte, '4');
    await answer(session.id, jan, '3');
    expect(await close(session.id)).toMatchObject({
      ok: true,
      value: { closed: true, answers: 3, results: [{ question: 'driver', answers: 3, average: 4 }] },
    });
    expect(await answer(session.id, griet, '1')).toMatchObject({
      ok: false,
      error: { code: 'errors.survey.resultsShown' },
    });
    const later = await look(session.id);
    expect(later).toMatchObject({ answers: 3, answered: false, results: [{ answers: 3, average: 4 }] });
    expect(await deps.store.contributions.countWithPrefix(session.id, 'survey-answered', `${SURVEY_PHASE}:`)).toBe(3);
  });

  it('is for facilitators only', async () => {
    const session = await closingSession();
    await answer(session.id, pieter, '5');
    expect(await close(session.id, pieter)).toMatchObject({
      ok: false,
      error: { code: 'errors.role.facilitatorOnly' },
    });
    expect(await look(session.id)).toMatchObject({ closed: false });
  });

  it('shows no results when fewer than three answered, and never will', async () => {
    const session = await closingSession();
    await answer(session.id, pieter, '5');
    await answer(session.id, lotte, '4');
    const closed = await close(session.id);
    expect(closed).toMatchObject({ ok: true, value: { closed: true, answers: 2 } });
    expect(closed.ok && closed.value.results).toBeUndefined();
    expect(await answer(session.id, jan, '3')).toMatchObject({
      ok: false,
      error: { code: 'errors.survey.resultsShown' },
    });
  });

  it('happens when the session moves on from the survey phase; going back does not open it again', async () => {
    const session = await closingSession();
    const input = { channel: community.channel, actorId: griet.userId };
    for (let i = 0; i < SURVEY_PHASE; i++) await moveSessionPhase(deps, input, 1);
    for (const [who, score] of [
      [pieter, '5'],
      [lotte, '4'],
      [jan, '3'],
    ] as const)
      await answer(session.id, who, score);
    expect(await look(session.id)).toMatchObject({ closed: false });
    await moveSessionPhase(deps, input, 1);
    expect(await look(session.id)).toMatchObject({ closed: true, results: [{ average: 4 }] });
    await moveSessionPhase(deps, input, -1);
    expect(await answer(session.id, griet, '1')).toMatchObject({
      ok: false,
      error: { code: 'errors.survey.resultsShown' },
    });
  });

  it(
    'happens when the session ends, ' + 'and the questionnaire sent ahead then takes no more answers anywhere',
    async () => {
      const parsed = parsePlanCommand('/plan 15/12 15:00-16:30 closing', '2026-11-22');
      if (!parsed.ok || parsed.value.action !== 'plan') throw new Error('plan');
      await planSessions(deps, { communityId: community.id, actorId: griet.userId, request: parsed.value.request });
      clock.set('2026-12-08T14:00:00Z');
      const opened = await openClosingSurvey(deps, (await listSchedule(deps, community.id))[0]!, true);
      const id = opened.ok ? opened.value.id : '';
      await answerClosingSurvey(deps, { id, actor: pieter, raw: { likert_driver: '5' } }, () => 0.5);
      clock.set('2026-12-15T14:00:00Z');
      const session = await closingSession();
      await answer(session.id, lotte, '4');
      await answer(session.id, jan, '3');
      await endSession(deps, { channel: community.channel, actorId: griet.userId });
      expect(await closingSurveyState(deps, id, griet.userId)).toMatchObject({
        ok: true,
        value: { status: 'shown', accepting: false, closed: true, answers: 3 },
      });
      clock.set('2026-12-15T14:05:00Z');
      const restarted = await closingSession();
      expect(restarted.closingSurveyId).toBe(id);
      expect(await answer(restarted.id, griet, '1')).toMatchObject({
        ok: false,
        error: { code: 'errors.survey.resultsShown' },
      });
    },
  );
});

describe('the tally', () => {
  it('is shuffled as it closes: every order of the open answers can come out, whatever order they went in', () => {
    let tally = emptyTally();
    for (const text of ['a', 'b', 'c'])
      tally = addToTally(tally, { likert: {}, open: { 'added-value': text } }, () => 0.99);
    expect(tally.open['added-value']).toEqual(['a', 'b', 'c']);
    const orders = new Set<string>();
    for (const picks of [
      [0, 0],
      [0, 0.5],
      [0, 0.99],
      [0.5, 0],
      [0.99, 0],
      [0.99, 0.99],
      [0.5, 0.5],
      [0.5, 0.99],
    ]) {
      let i = 0;
      const closed = closeTally(tally, () => picks[i++ % picks.length]!);
      expect(closed.closed).toBe(true);
      expect([...closed.open['added-value']!].sort()).toEqual(['a', 'b', 'c']);
      orders.add(closed.open['added-value']!.join(''));
    }
    expect(orders.size).toBe(6);
    expect(shuffled([], Math.random)).toEqual([]);
  });
});

describe('the export', () => {
  const record = (kind: string, id: string, data: unknown, authorId = ''): Contribution => ({
    communityId: 'c',
    sessionId: 's',
    phaseIndex: 3,
    kind,
    id,
    authorId,
    data,
    createdAt: '2026-12-15T14:00:00.000Z',
  });

  it(
    'lists anonymous survey records last, ' +
      'by member id rather than answer order, an open tally with its count only',
    () => {
      const stored = [
        record('survey-answered', '3:29:pieter', {}, '29:pieter'),
        record('post-it', 'p1', { text: 'Idee' }, '29:lotte'),
        record('survey-tally', '3', { answers: 2, counts: { driver: [0, 0, 0, 1, 1] }, open: { x: ['geheim'] } }),
        record('survey-answered', '3:29:lotte', {}, '29:lotte'),
        record('post-it', 'p2', { text: 'Nog een' }, '29:pieter'),
      ];
      const listed = withoutAnswerOrder(stored);
      expect(listed.map((c) => c.id)).toEqual(['p1', 'p2', '3:29:lotte', '3:29:pieter', '3']);
      expect(listed.at(-1)?.data).toEqual({ answers: 2 });
      const closedTally = record('survey-tally', '3', { answers: 3, counts: {}, open: { x: ['a'] }, closed: true });
      expect(withoutAnswerOrder([closedTally])[0]).toEqual(closedTally);
    },
  );
});
