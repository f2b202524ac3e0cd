import { addPostIt, editPostIt } from '../../../domain/activities/board/board-use-cases';
import { ideasFor } from '../../../domain/activities/dot-vote/dot-vote-use-cases';
import { endSession } from '../../../domain/session/steer-session';
import { setCluster, setDropped } from '../../../domain/activities/board/clusters';
import { communityTopics, publishTopics, submitRanking } from '../../../domain/activities/rank/rank-use-cases';
import { membership } from '../../../domain/community/community';
import { planTopic, reorderTopics } from '../../../domain/community/topics';
import { currentDriver, driverHistory, editDriver, type DriverInput } from '../../../domain/driver/edit-driver';
import type { Deps } from '../../../domain/ports';
import { nextAgenda, saveAgendaDraft } from '../../../domain/session/edit-agenda';
import { startSession } from '../../../domain/session/start-session';
import { openSqliteStore } from '../../../server/storage/sqlite/sqlite-store';

const place = { channel: { teamId: '19:team', channelId: '19:channel' }, name: 'PLG', language: 'nl' as const };
const griet = { userId: '29:griet', name: 'Griet' };
const pieter = { userId: '29:pieter', name: 'Pieter' };
const otto = { userId: '29:otto', name: 'Otto' };
const canvas = (endGoal: string, steps: string[] = []): DriverInput => ({
  endGoal,
  whyItMatters: '',
  whatGoesWell: '',
  howWeWillKnow: '',
  steps: steps.map((text) => ({ text })),
});

let deps: Deps;
let ids = 0;
let now = new Date('2026-11-22T14:00:00Z');

beforeEach(() => {
  deps = { store: openSqliteStore(':memory:'), clock: { now: () => now }, ids: { next: () => `id-${++ids}` } };
});
afterEach(() => deps.store.close());

/** A community founded by Griet, with Pieter as member and Otto as observer; a start session with four ideas. */
async function community() {
  const started = await startSession(deps, { place, actor: griet, format: 'start' });
  if (!started.ok) throw new Error(started.error.code);
  const communityId = started.value.community.id;
  const sessionId = started.value.session.id;
  await deps.store.members.add(membership(communityId, pieter, 'member', now));
  await deps.store.members.add(membership(communityId, otto, 'observer', now));
  for (const text of ['Toetsing', 'Feedback', 'Kennisclips', 'Beamer'])
    await addPostIt(deps, { sessionId, phaseIndex: 5, actor: pieter, raw: { text }, token: text });
  const postIts = await deps.store.contributions.list<{ text: string }>(sessionId, 'post-it');
  const idOf = (text: string) => postIts.find((p) => p.data.text === text)!.id;
  return { communityId, sessionId, idOf };
}

describe('editing the driver together', () => {
  it("keeps every version with who saved it, and the newest is the community's driver", async () => {
    const { communityId } = await community();
    const first = await editDriver(deps, {
      communityId,
      actor: pieter,
      driver: canvas('Feedback every week', ['Pilot', '  ']),
      baseRevision: 0,
    });
    now = new Date('2026-11-23T09:00:00Z');
    const second = await editDriver(deps, {
      communityId,
      actor: griet,
      driver: canvas('Feedback every week, in every course'),
      baseRevision: 1,
    });
    expect([first.ok, second.ok]).toEqual([true, true]);
    expect(
      (await driverHistory(deps, communityId)).map((v) => [
        v.revision,
        v.byName,
        v.driver.endGoal,
        v.driver.steps.length,
      ]),
    ).toEqual([
      [1, 'Pieter', 'Feedback every week', 1],
      [2, 'Griet', 'Feedback every week, in every course', 0],
    ]);
    expect((await deps.store.communities.get(communityId))?.value.driver).toMatchObject({
      endGoal: 'Feedback every week, in every course',
      updatedBy: 'Griet',
      updatedAt: '2026-11-23T09:00:00.000Z',
    });
  });

  it('refuses an edit made on an older version and hands back the newest, so nothing is overwritten', async () => {
    const { communityId } = await community();
    await editDriver(deps, { communityId, actor: pieter, driver: canvas('A'), baseRevision: 0 });
    const late = await editDriver(deps, { communityId, actor: griet, driver: canvas('B'), baseRevision: 0 });
    expect(late).toMatchObject({ ok: false, stale: { revision: 1, driver: { endGoal: 'A' } } });
    expect((await currentDriver(deps, communityId))?.driver.endGoal).toBe('A');
  });

  it('lets observers read only, and refuses text that is too long, naming the field', async () => {
    const { communityId } = await community();
    expect(await editDriver(deps, { communityId, actor: otto, driver: canvas('Mine'), baseRevision: 0 })).toMatchObject(
      { ok: false, error: { code: 'errors.role.observerCannotContribute' } },
    );
    expect(
      await editDriver(deps, { communityId, actor: pieter, driver: canvas('x'.repeat(2001)), baseRevision: 0 }),
    ).toEqual({
      ok: false,
      error: { code: 'errors.input.tooLong', params: { field: 'endGoal', length: 2001, max: 2000 } },
    });
  });
});

describe('the prioritised topic list', () => {
  async function published() {
    const c = await community();
    const at = (actor: typeof griet) => ({ sessionId: c.sessionId, phaseIndex: 6, actor });
    await submitRanking(deps, {
      ...at(pieter),
      raw: { [`rank_${c.idOf('Toetsing')}`]: '1', [`rank_${c.idOf('Feedback')}`]: '2' },
    });
    // Only ranked topics make the list: Griet ranks the other two.
    await submitRanking(deps, {
      ...at(griet),
      raw: { [`rank_${c.idOf('Kennisclips')}`]: '1', [`rank_${c.idOf('Beamer')}`]: '2' },
    });
    await publishTopics(deps, at(griet));
    return { ...c, at };
  }

  it('is reordered by facilitators only, and the new order is what the community reads', async () => {
    const { communityId, idOf } = await published();
    const order = ['Beamer', 'Kennisclips', 'Feedback', 'Toetsing'].map(idOf);
    expect(await reorderTopics(deps, { communityId, actorId: pieter.userId, order })).toMatchObject({
      ok: false,
      error: { code: 'errors.role.facilitatorOnly' },
    });
    expect(await reorderTopics(deps, { communityId, actorId: griet.userId, order: order.slice(1) })).toMatchObject({
      ok: false,
      error: { code: 'errors.input.invalidChoice' },
    });
    expect((await reorderTopics(deps, { communityId, actorId: griet.userId, order })).ok).toBe(true);
    expect((await communityTopics(deps, communityId))?.topics.map((t) => t.text)).toEqual([
      'Beamer',
      'Kennisclips',
      'Feedback',
      'Toetsing',
    ]);
  });

  it('plans a topic into a session, and a newly published ranking starts afresh', async () => {
    const { communityId, idOf, at } = await published();
    await planTopic(deps, { communityId, actorId: griet.userId, topicId: idOf('Feedback'), sessionNumber: 3 });
    expect((await communityTopics(deps, communityId))?.topics.find((t) => t.text === 'Feedback')).toMatchObject({
      plannedSession: 3,
    });
    now = new Date('2026-11-22T15:00:00Z');
    await publishTopics(deps, at(griet));
    expect((await communityTopics(deps, communityId))?.topics.find((t) => t.text === 'Feedback')).not.toHaveProperty(
      'plannedSession',
    );
  });
});

describe("preparing the next session's agenda", () => {
  it("keeps a facilitator's draft for the next session number, checked phase by phase", async () => {
    const { communityId } = await community();
    const phases = [
      { key: 'check-in', minutes: 15 },
      { key: 'explore', minutes: 40 },
      { key: 'retrospective', minutes: 5 },
    ];
    const draft = (actorId: string, draftPhases: { key: string; minutes: number }[]) =>
      saveAgendaDraft(deps, { communityId, actorId, format: 'regular', phases: draftPhases });
    expect(await draft(pieter.userId, phases)).toMatchObject({
      ok: false,
      error: { code: 'errors.role.facilitatorOnly' },
    });
    expect(await draft(griet.userId, [{ key: 'karaoke', minutes: 5 }])).toMatchObject({
      ok: false,
      error: { code: 'errors.input.invalidChoice' },
    });
    expect(await draft(griet.userId, [{ key: 'explore', minutes: 0 }])).toMatchObject({
      ok: false,
      error: { code: 'errors.input.invalidChoice', params: { field: 'minutes' } },
    });
    expect((await draft(griet.userId, phases)).ok).toBe(true);
    const next = await nextAgenda(deps, communityId);
    expect([next.number, next.agenda.map((p) => [p.key, p.minutes, p.activity])]).toEqual([
      2,
      [
        ['check-in', 15, 'check-in'],
        ['explore', 40, 'brainstorm'],
        ['retrospective', 5, 'retrospective'],
      ],
    ]);
  });
});

describe('condensing post-its', () => {
  it('marks clusters and dropped post-its for facilitators only, keeping the text', async () => {
    const { sessionId, idOf } = await community();
    const change = { sessionId, postItId: idOf('Beamer') };
    expect(await setDropped(deps, { ...change, actorId: pieter.userId, dropped: true })).toMatchObject({
      ok: false,
      error: { code: 'errors.role.facilitatorOnly' },
    });
    await setDropped(deps, { ...change, actorId: griet.userId, dropped: true });
    await setCluster(deps, { sessionId, postItId: idOf('Toetsing'), actorId: griet.userId, cluster: ' Evaluatie ' });
    const read = async (text: string) =>
      (await deps.store.contributions.get(sessionId, 'post-it', idOf(text)))?.value.data;
    expect(await read('Beamer')).toEqual({ text: 'Beamer', category: null, dropped: true });
    expect(await read('Toetsing')).toEqual({ text: 'Toetsing', category: null, cluster: 'Evaluatie' });
    await setCluster(deps, { sessionId, postItId: idOf('Toetsing'), actorId: griet.userId, cluster: null });
    await setDropped(deps, { ...change, actorId: griet.userId, dropped: false });
    expect([await read('Toetsing'), await read('Beamer')]).toEqual([
      { text: 'Toetsing', category: null },
      { text: 'Beamer', category: null },
    ]);
    expect(await setCluster(deps, { sessionId, postItId: 'gone', actorId: griet.userId, cluster: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'errors.activity.gone' },
    });
  });
});

describe('condensing, then voting and starting the next session', () => {
  it(
    "keeps the facilitator's cluster when the author edits the text, " + 'and leaves dropped post-its out of the vote',
    async () => {
      const { sessionId, idOf } = await community();
      await setCluster(deps, { sessionId, postItId: idOf('Toetsing'), actorId: griet.userId, cluster: 'Evaluatie' });
      await setDropped(deps, { sessionId, postItId: idOf('Beamer'), actorId: griet.userId, dropped: true });
      await editPostIt(deps, {
        sessionId,
        phaseIndex: 5,
        actor: pieter,
        id: idOf('Toetsing'),
        raw: { text: 'Toetsing in elk vak' },
      });
      const edited = await deps.store.contributions.get<{ text: string; cluster?: string }>(
        sessionId,
        'post-it',
        idOf('Toetsing'),
      );
      expect(edited?.value.data).toMatchObject({ text: 'Toetsing in elk vak', cluster: 'Evaluatie' });
      const session = (await deps.store.sessions.get(sessionId))!.value;
      const withVote = {
        ...session,
        agenda: [...session.agenda, { key: 'condense', minutes: 15, activity: 'dot-vote' as const }],
      };
      const ideas = await ideasFor(deps, withVote, withVote.agenda.length - 1);
      expect(ideas.map((i) => i.text).sort()).toEqual(['Feedback', 'Kennisclips', 'Toetsing in elk vak']);
      expect(ideas[0]).toMatchObject({ text: 'Toetsing in elk vak', cluster: 'Evaluatie' });
    },
  );

  it('starts the next session with the agenda the facilitators prepared, unless another format is named', async () => {
    const { communityId } = await community();
    await endSession(deps, { channel: place.channel, actorId: griet.userId });
    const saved = await saveAgendaDraft(deps, {
      communityId,
      actorId: griet.userId,
      format: 'regular',
      phases: [
        { key: 'check-in', minutes: 5 },
        { key: 'explore', minutes: 40 },
      ],
    });
    expect(saved.ok).toBe(true);
    const started = await startSession(deps, { place, actor: griet });
    expect(started.ok && started.value.session.agenda.map((p) => [p.key, p.minutes])).toEqual([
      ['check-in', 5],
      ['explore', 40],
    ]);
    await endSession(deps, { channel: place.channel, actorId: griet.userId });
    const closing = await startSession(deps, { place, actor: griet, format: 'closing' });
    expect(closing.ok && closing.value.session.format).toBe('closing');
  });
});
