import {
  CLOSING_SURVEYS,
  closingSurveys,
  closingSurveyState,
  openClosingSurvey,
} from '../../domain/activities/closing-survey/closing-survey';
import { chooseSurveyMode, submitSurvey } from '../../domain/activities/survey/survey-use-cases';
import type { Community, Person } from '../../domain/community/community';
import { buildCommunityExport } from '../../domain/data/export-model';
import { forgetMember } from '../../domain/data/forget-member';
import type { Deps } from '../../domain/ports';
import { buildReportModel } from '../../domain/report/build-report-model';
import { communityView } from '../../server/tab-api/views/community-view';
import { editPlannedSession, removePlannedSession } from '../../domain/schedule/edit-schedule';
import { listSchedule } from '../../domain/schedule/schedule-queries';
import { endSession } from '../../domain/session/steer-session';
import { eachFresh, griet, pieter, type FakeClock } from './schedule/schedule-fixtures';
import {
  answerAhead,
  jan,
  lotte,
  planClosing as planClosingIn,
  sentAhead as sentAheadIn,
  sessionSurvey as sessionSurveyIn,
  startClosing as startClosingIn,
  startIn,
  SURVEY_PHASE,
} from './survey-fixtures';

let deps: Deps;
let clock: FakeClock;
let community: Community;
eachFresh('2026-11-22T14:00:00Z', (fixture) => ({ deps, clock, community } = fixture));

const planClosing = (text?: string) => planClosingIn(deps, community, text);
/** The questionnaire as the scheduler opens it a week ahead. */
const sentAhead = (anonymous = true) => sentAheadIn({ deps, clock, community }, anonymous);
const answer = (id: string, actor: Person, raw: Record<string, unknown>) => answerAhead(deps, id, actor, raw);

const startClosing = () => startClosingIn(deps, community);
const end = () => endSession(deps, { channel: community.channel, actorId: griet.userId });
const sessionSurvey = (sessionId: string, userId: string) => sessionSurveyIn(deps, sessionId, userId);

describe('the closing questionnaire sent ahead', () => {
  it(
    'takes a member’s answers a week before the closing session and counts them, ' +
      'without showing results yet below three',
    async () => {
      const id = await sentAhead();
      const answered = await answer(id, pieter, { likert_driver: '4', 'open_most-valuable': 'De casussen' });
      expect(answered).toMatchObject({
        ok: true,
        value: { answered: true, answers: 1, accepting: true, anonymous: true },
      });
      expect(answered.ok && answered.value.results).toBeUndefined();
      expect(await closingSurveyState(deps, id, lotte.userId)).toMatchObject({
        ok: true,
        value: { answered: false, answers: 1 },
      });
    },
  );

  it('refuses a second anonymous answer from the same member, and every answer after the deadline', async () => {
    const id = await sentAhead();
    await answer(id, pieter, { likert_driver: '4' });
    expect(await answer(id, pieter, { likert_driver: '2' })).toMatchObject({
      ok: false,
      error: { code: 'errors.survey.alreadyAnswered' },
    });
    clock.set('2026-12-15T14:00:00Z');
    expect(await answer(id, lotte, { likert_driver: '2' })).toMatchObject({
      ok: false,
      error: { code: 'errors.survey.closed' },
    });
    expect(await closingSurveyState(deps, id, lotte.userId)).toMatchObject({
      ok: true,
      value: { accepting: false, answers: 1 },
    });
  });

  it(
    'keeps who answered apart from what was answered, ' + 'dated when it went out rather than when anyone answered',
    async () => {
      const id = await sentAhead();
      clock.set('2026-12-10T09:13:00Z');
      await answer(id, pieter, { likert_driver: '5', 'open_added-value': 'Collega’s uit andere opleidingen' });
      const records = await deps.store.contributions.listAllInCommunity(community.id);
      const marker = records.find((r) => r.value.kind === 'survey-answered')!.value;
      const tally = records.find((r) => r.value.kind === 'survey-tally')!.value;
      expect(marker).toMatchObject({ authorId: pieter.userId, data: {}, createdAt: '2026-12-08T14:00:00.000Z' });
      expect(tally).toMatchObject({ authorId: '', createdAt: '2026-12-08T14:00:00.000Z' });
      expect(JSON.stringify(tally)).not.toContain(pieter.userId);
    },
  );

  it('lets a member change named answers until the deadline, and shows them their own answers', async () => {
    const id = await sentAhead(false);
    await answer(id, pieter, { likert_driver: '2' });
    const changed = await answer(id, pieter, { likert_driver: '5', 'open_most-valuable': 'Intervisie' });
    expect(changed).toMatchObject({
      ok: true,
      value: { anonymous: false, answers: 1, mine: { likert: { driver: 5 }, open: { 'most-valuable': 'Intervisie' } } },
    });
  });

  it('hands back wrong input and refuses observers, unknown questionnaires and archived communities', async () => {
    const id = await sentAhead();
    expect(await answer(id, pieter, { likert_driver: '9' })).toMatchObject({
      ok: false,
      error: { code: 'errors.input.invalidChoice' },
    });
    expect(await answer(id, pieter, {})).toMatchObject({ ok: false, error: { code: 'errors.input.required' } });
    expect(await answer(`${community.id}/gone`, pieter, { likert_driver: '3' })).toMatchObject({
      ok: false,
      error: { code: 'errors.survey.unknown' },
    });
    await deps.store.members.setRole({
      ...(await deps.store.members.get(community.id, pieter.userId))!,
      role: 'observer',
    });
    expect(await answer(id, pieter, { likert_driver: '3' })).toMatchObject({
      ok: false,
      error: { code: 'errors.role.observerCannotContribute' },
    });
    const stored = (await deps.store.communities.get(community.id))!;
    await deps.store.communities.save({ ...stored.value, archivedAt: clock.now().toISOString() }, stored.version);
    expect(await answer(id, lotte, { likert_driver: '3' })).toMatchObject({
      ok: false,
      error: { code: 'data.archive.refused' },
    });
    expect(await closingSurveyState(deps, id, lotte.userId)).toMatchObject({
      ok: true,
      value: { status: 'archived', accepting: false, answers: 0 },
    });
  });

  it('follows the schedule when the closing session is moved: a later date is a later deadline', async () => {
    const id = await sentAhead();
    const planned = (await listSchedule(deps, community.id))[0]!;
    const moved = await editPlannedSession(deps, {
      communityId: community.id,
      actorId: griet.userId,
      plannedId: planned.id,
      change: { localDate: '2026-12-22' },
    });
    expect(moved.ok).toBe(true);
    clock.set('2026-12-16T10:00:00Z');
    expect(await answer(id, pieter, { likert_driver: '4' })).toMatchObject({
      ok: true,
      value: { survey: { deadline: '2026-12-22T14:00:00.000Z', localDate: '2026-12-22' } },
    });
  });

  it('keeps its answers and its mode when the reminder goes out again', async () => {
    const id = await sentAhead(true);
    await answer(id, pieter, { likert_driver: '4' });
    const again = await openClosingSurvey(deps, (await listSchedule(deps, community.id))[0]!, false);
    expect(again).toMatchObject({ ok: true, value: { id, anonymous: true, answers: 1 } });
  });
});

describe('the closing session discusses the answers given ahead', () => {
  /** The questionnaire, sent ahead anonymously (the default). */
  let id: string;
  beforeEach(async () => {
    id = await sentAhead();
  });

  it(
    'shows them in its survey phase, where the others can still answer, ' +
      'with results once closed, and the report counts them all',
    async () => {
      await answer(id, pieter, { likert_driver: '4', 'open_most-valuable': 'De casussen' });
      await answer(id, lotte, { likert_driver: '2' });
      clock.set('2026-12-15T14:02:00Z');
      const session = await startClosing();
      expect(session.closingSurveyId).toBe(id);
      const before = await sessionSurvey(session.id, griet.userId);
      expect(before).toMatchObject({ sentAhead: true, answers: 2, answered: false });
      expect(before.results).toBeUndefined();

      const inSession = await submitSurvey(
        deps,
        { sessionId: session.id, phaseIndex: SURVEY_PHASE, actor: jan, raw: { likert_driver: '3' } },
        () => 0,
      );
      expect(inSession).toMatchObject({ ok: true, value: { answers: 3, closed: false } });
      expect(inSession.ok && inSession.value.results).toBeUndefined();
      await end();
      expect(await closingSurveyState(deps, id, griet.userId)).toMatchObject({
        ok: true,
        value: {
          answers: 3,
          status: 'shown',
          results: [{ question: 'driver', answers: 3, average: 3 }],
          open: { 'most-valuable': ['De casussen'] },
        },
      });
      const report = await buildReportModel(deps, session.id);
      expect(report.ok && report.value.survey).toMatchObject({
        answers: 3,
        results: [{ question: 'driver', answers: 3, average: 3 }],
      });
    },
  );

  it(
    'is what a session started at the planned time discusses: ' +
      'it takes the planned closing format unless another is named',
    async () => {
      clock.set('2026-12-15T13:50:00Z');
      const started = await startIn(deps, community);
      expect(started).toMatchObject({ ok: true, value: { session: { format: 'closing', closingSurveyId: id } } });
    },
  );

  it('refuses a second answer in the session from whoever answered ahead', async () => {
    await answer(id, pieter, { likert_driver: '4' });
    clock.set('2026-12-15T14:00:00Z');
    const session = await startClosing();
    expect(await sessionSurvey(session.id, pieter.userId)).toMatchObject({ answered: true, answers: 1 });
    const again = await submitSurvey(
      deps,
      { sessionId: session.id, phaseIndex: SURVEY_PHASE, actor: pieter, raw: { likert_driver: '1' } },
      () => 0,
    );
    expect(again).toMatchObject({ ok: false, error: { code: 'errors.survey.alreadyAnswered' } });
  });

  it(
    'is discussed by one session only, and only by one that has a survey phase; ' +
      'a restart of that session takes it over',
    async () => {
      clock.set('2026-12-14T14:00:00Z');
      const regular = await startIn(deps, community, 'regular');
      expect(regular.ok && regular.value.session.closingSurveyId).toBeUndefined();
      await end();
      clock.set('2026-12-15T14:00:00Z');
      expect((await startClosing()).closingSurveyId).toBe(id);
      await end();
      clock.set('2026-12-15T14:05:00Z');
      const restarted = await startClosing();
      expect(restarted.closingSurveyId).toBe(id);
      expect((await deps.store.documents.get(closingSurveys, id))?.value.sessionId).toBe(restarted.id);
      await end();
      clock.set('2026-12-16T14:00:00Z');
      expect((await startClosing()).closingSurveyId).toBeUndefined();
    },
  );

  it('keeps the mode it went out with, whatever the facilitator says in the session', async () => {
    clock.set('2026-12-15T14:00:00Z');
    await startClosing();
    const input = { channel: community.channel, actorId: griet.userId };
    expect(await chooseSurveyMode(deps, input, false)).toMatchObject({
      ok: false,
      error: { code: 'errors.survey.modeSentAhead' },
    });
    expect(await chooseSurveyMode(deps, input, true)).toMatchObject({ ok: true });
  });

  it('refuses answers from a card that promised another mode, on the questionnaire and in the session', async () => {
    expect(await answer(id, pieter, { anonymous: false, likert_driver: '4' })).toMatchObject({
      ok: false,
      error: { code: 'errors.survey.modeChanged' },
    });
    expect(await answer(id, pieter, { anonymous: true, likert_driver: '4' })).toMatchObject({ ok: true });
    clock.set('2026-12-15T14:00:00Z');
    const session = await startClosing();
    const stale = await submitSurvey(
      deps,
      { sessionId: session.id, phaseIndex: SURVEY_PHASE, actor: lotte, raw: { anonymous: false, likert_driver: '3' } },
      () => 0,
    );
    expect(stale).toMatchObject({ ok: false, error: { code: 'errors.survey.modeChanged' } });
  });

  it(
    'counts whoever answers in the session as present in its report, ' + 'and not whoever only answered ahead',
    async () => {
      await answer(id, pieter, { likert_driver: '4' });
      clock.set('2026-12-15T14:00:00Z');
      const session = await startClosing();
      await submitSurvey(
        deps,
        { sessionId: session.id, phaseIndex: SURVEY_PHASE, actor: lotte, raw: { likert_driver: '3' } },
        () => 0,
      );
      const report = await buildReportModel(deps, session.id);
      expect(report.ok && report.value.attendance.present).toEqual(['Griet', 'Lotte']);
    },
  );
});

describe('a closing session taken off the schedule', () => {
  it('pauses its questionnaire, which the closing session planned next takes over with its answers', async () => {
    const id = await sentAhead();
    await answer(id, pieter, { likert_driver: '4' });
    const planned = (await listSchedule(deps, community.id))[0]!;
    expect(
      await removePlannedSession(deps, { communityId: community.id, actorId: griet.userId, plannedId: planned.id }),
    ).toMatchObject({ ok: true });
    expect(await closingSurveyState(deps, id, lotte.userId)).toMatchObject({
      ok: true,
      value: { status: 'paused', accepting: false },
    });
    expect(await answer(id, lotte, { likert_driver: '3' })).toMatchObject({
      ok: false,
      error: { code: 'errors.survey.paused' },
    });

    const replanned = await planClosing('/plan 17/12 15:00-16:30 closing');
    const reopened = await openClosingSurvey(deps, replanned, true);
    expect(reopened).toMatchObject({
      ok: true,
      value: { id, status: 'open', answers: 1, survey: { deadline: '2026-12-17T14:00:00.000Z' } },
    });
    expect(await answer(id, pieter, { likert_driver: '1' })).toMatchObject({
      ok: false,
      error: { code: 'errors.survey.alreadyAnswered' },
    });
    clock.set('2026-12-17T14:00:00Z');
    const session = await startClosing();
    expect(session.closingSurveyId).toBe(id);
  });

  it(
    'is not what a session started on another day discusses ' + 'while its own closing session is still planned',
    async () => {
      const first = await sentAhead();
      const later = await planClosing('/plan 12/1/2027 15:00-16:30 closing');
      clock.set('2027-01-05T14:00:00Z');
      const second = await openClosingSurvey(deps, later, true);
      expect(second.ok && second.value.id).not.toBe(first);
      clock.set('2027-01-12T14:00:00Z');
      expect((await startClosing()).closingSurveyId).toBe(second.ok ? second.value.id : '');
    },
  );
});

describe('the tab’s community view', () => {
  it('says when the questionnaire goes out, then how many answered ahead and until when', async () => {
    const planned = await planClosing();
    const before = await communityView(deps, community, clock.now());
    expect(before.schedule[0]?.questionnaire).toEqual({ opensAt: '2026-12-08T14:00:00.000Z' });
    clock.set('2026-12-08T14:00:00Z');
    expect((await communityView(deps, community, clock.now())).schedule[0]?.questionnaire).toEqual({ due: true });
    const opened = await openClosingSurvey(deps, planned, true);
    await answer(opened.ok ? opened.value.id : '', pieter, { likert_driver: '4' });
    const after = await communityView(deps, community, clock.now());
    expect(after.schedule[0]?.questionnaire).toEqual({
      answers: 1,
      accepting: true,
      deadline: '2026-12-15T14:00:00.000Z',
    });
  });
});

describe('the community’s data', () => {
  it(
    'exports the questionnaire and its answers, ' + 'and forget-me leaves the named answers without the member',
    async () => {
      const id = await sentAhead(false);
      await answer(id, pieter, { likert_driver: '4', 'open_most-valuable': 'Met Pieter samen lesgeven' });
      const exported = await buildCommunityExport(deps, community.id);
      expect(exported?.documents.map((d) => d.collection)).toContain(CLOSING_SURVEYS);
      expect(exported?.contributions.filter((c) => c.kind === 'survey-named')).toHaveLength(1);

      await forgetMember(deps, { person: pieter, labelFor: () => 'Voormalig lid' });
      const after = JSON.stringify(await buildCommunityExport(deps, community.id));
      expect(after).not.toContain(pieter.userId);
      expect(after).toContain('Voormalig lid');
      expect(await closingSurveyState(deps, id, griet.userId)).toMatchObject({ ok: true, value: { answers: 1 } });
    },
  );
});
