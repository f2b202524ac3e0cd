import type { Ranking } from '../../domain/activities/rank/rank';
import {
  MAX_RANKED,
  bordaCount,
  parseRanking,
  placesFor,
  placesOf,
  unrankedIdeas,
} from '../../domain/activities/rank/rank';
import { communityTopics, publishTopics, rankState, submitRanking } from '../../domain/activities/rank/rank-use-cases';
import { activityContext } from '../../domain/activities/activity-context';
import { addPostIt } from '../../domain/activities/board/board-use-cases';
import { isRank } from '../../domain/activities/rank/rank-use-cases';
import type { Deps } from '../../domain/ports';
import { startSession } from '../../domain/session/start-session';
import { openSqliteStore } from '../../server/storage/sqlite/sqlite-store';
import { sourcePhases } from '../../domain/activities/rank/topic-sources';
import { agendaFor, type Phase } from '../../domain/session/formats';

const ideas = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `onderwerp ${id}` }));
const r = (...order: string[]): Ranking => ({ order });

describe('a ranking as submitted', () => {
  it.each([
    ['places in order', { rank_a: '2', rank_b: '1' }, { ok: true, value: { order: ['b', 'a'] } }],
    [
      'numbers as numbers',
      { rank_c: 1, rank_d: 2, rank_a: 3, rank_b: 4 },
      { ok: true, value: { order: ['c', 'd', 'a', 'b'] } },
    ],
    ['empty and 0 as unranked', { rank_a: '', rank_b: '0', rank_c: '1' }, { ok: true, value: { order: ['c'] } }],
    ['a gap that closes up', { rank_a: '4', rank_b: '1' }, { ok: true, value: { order: ['b', 'a'] } }],
    ['unknown ideas ignored', { rank_gone: '1', rank_a: '2' }, { ok: true, value: { order: ['a'] } }],
  ] as const)('takes %s', (_name, raw, expected) => {
    expect(parseRanking(raw, ideas)).toEqual(expected);
  });

  it.each([
    [
      'a place given twice',
      { rank_a: '1', rank_b: '1' },
      { code: 'errors.input.invalidChoice', params: { field: 'rank', place: 1 } },
    ],
    ['a place beyond the ideas', { rank_a: '5' }, { code: 'errors.input.invalidChoice', params: { field: 'rank' } }],
    ['a negative place', { rank_a: '-1' }, { code: 'errors.input.invalidChoice', params: { field: 'rank' } }],
    ['a fraction', { rank_a: '1.5' }, { code: 'errors.input.invalidChoice', params: { field: 'rank' } }],
    ['a word', { rank_a: 'eerste' }, { code: 'errors.input.invalidChoice', params: { field: 'rank' } }],
    ['an object', { rank_a: { place: 1 } }, { code: 'errors.input.invalidChoice', params: { field: 'rank' } }],
    ['nothing ranked', { rank_a: '0' }, { code: 'errors.input.required', params: { field: 'rank' } }],
  ] as const)('refuses %s', (_name, raw, error) => {
    expect(parseRanking(raw, ideas)).toEqual({ ok: false, error });
  });

  it('refuses to rank when there is nothing to rank', () => {
    expect(parseRanking({ rank_a: '1' }, [])).toEqual({ ok: false, error: { code: 'errors.vote.noIdeas' } });
  });

  it(`lets a member rank their top ${MAX_RANKED} at most, however many ideas there are`, () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `i${i}`, text: `${i}` }));
    expect([placesFor(3), placesFor(10), placesFor(30)]).toEqual([3, 10, 10]);
    expect(parseRanking({ i0: '1', rank_i5: '11' }, many)).toEqual({
      ok: false,
      error: { code: 'errors.input.invalidChoice', params: { field: 'rank' } },
    });
    const top10 = Object.fromEntries(many.slice(0, 10).map((idea, i) => [`rank_${idea.id}`, String(10 - i)]));
    const parsed = parseRanking(top10, many);
    expect(parsed.ok && parsed.value.order).toEqual(
      many
        .slice(0, 10)
        .map((i) => i.id)
        .reverse(),
    );
  });

  it('gives back the places of a ranking', () => {
    expect(placesOf(r('c', 'a'))).toEqual({ c: 1, a: 2 });
  });
});

describe('the Borda count', () => {
  const row = (rankings: Ranking[]) => bordaCount(ideas, rankings).map((t) => [t.id, t.points, t.rank, t.tied]);

  it.each([
    ['no rankings: no topics, none "tied at 0"', [], []],
    [
      'one full ranking: m − p points',
      [r('d', 'c', 'b', 'a')],
      [
        ['d', 3, 1, false],
        ['c', 2, 2, false],
        ['b', 1, 3, false],
        ['a', 0, 4, false],
      ],
    ],
    ['ideas nobody ranked are left out', [r('b')], [['b', 3, 1, false]]],
    [
      'points add up over members',
      [r('a', 'b'), r('b', 'c'), r('c', 'a')],
      [
        ['a', 5, 1, true],
        ['b', 5, 1, true],
        ['c', 5, 1, true],
      ],
    ],
    [
      'a clear winner and a tie behind it',
      [r('a', 'b', 'c'), r('a', 'c', 'b')],
      [
        ['a', 6, 1, false],
        ['b', 3, 2, true],
        ['c', 3, 2, true],
      ],
    ],
    ['a withdrawn idea drops out and the places behind it move up', [r('gone', 'c')], [['c', 3, 1, false]]],
    [
      'an idea named twice counts once, at its first place',
      [r('b', 'b', 'a')],
      [
        ['b', 3, 1, false],
        ['a', 2, 2, false],
      ],
    ],
  ] as const)('%s', (_name, rankings, expected) => {
    expect(row([...rankings])).toEqual(expected);
  });

  it('names the ideas nobody ranked apart, in brainstorm order', () => {
    const ranked = bordaCount(ideas, [r('c'), r('a', 'c')]);
    expect(ranked.map((t) => t.id)).toEqual(['c', 'a']);
    expect(unrankedIdeas(ideas, ranked).map((i) => i.id)).toEqual(['b', 'd']);
  });

  it('keeps the idea texts', () => {
    expect(bordaCount(ideas.slice(0, 1), [r('a')])).toEqual([
      { id: 'a', text: 'onderwerp a', points: 0, rank: 1, tied: false },
    ]);
  });
});

describe('the rank use cases', () => {
  const place = { channel: { teamId: 't', channelId: 'c' }, name: 'PLG', language: 'nl' as const };
  const griet = { userId: '29:griet', name: 'Griet' };
  const pieter = { userId: '29:pieter', name: 'Pieter' };
  let deps: Deps;
  let ids = 0;

  beforeEach(() => {
    deps = {
      store: openSqliteStore(':memory:'),
      clock: { now: () => new Date('2026-11-22T14:00:00Z') },
      ids: { next: () => `id-${++ids}` },
    };
  });
  afterEach(() => deps.store.close());

  /** A start session with post-its on the topics brainstorm (phase 5); the ranking is phase 6. */
  async function withIdeas(texts: string[]) {
    const started = await startSession(deps, { place, actor: griet, format: 'start' });
    if (!started.ok) throw new Error(started.error.code);
    const sessionId = started.value.session.id;
    for (const text of texts)
      await addPostIt(deps, { sessionId, phaseIndex: 5, actor: pieter, raw: { text }, token: text });
    const read = await deps.store.contributions.list<{ text: string }>(sessionId, 'post-it');
    const idOf = (text: string) => read.find((p) => p.data.text === text)!.id;
    return { sessionId, communityId: started.value.community.id, idOf };
  }

  it('keeps one ranking per member, replaced by a new one, and publishes the aggregate for the community', async () => {
    const { sessionId, communityId, idOf } = await withIdeas(['Toetsing', 'Feedback', 'Kennisclips']);
    const target = (actor: typeof griet) => ({ sessionId, phaseIndex: 6, actor });
    await submitRanking(deps, { ...target(pieter), raw: { [`rank_${idOf('Toetsing')}`]: '1' } });
    const replaced = await submitRanking(deps, {
      ...target(pieter),
      raw: { [`rank_${idOf('Feedback')}`]: '1', [`rank_${idOf('Kennisclips')}`]: '2' },
    });
    expect(replaced.ok && [replaced.value.rankers, replaced.value.mine]).toEqual([
      1,
      { order: [idOf('Feedback'), idOf('Kennisclips')] },
    ]);
    await submitRanking(deps, { ...target(griet), raw: { [`rank_${idOf('Kennisclips')}`]: '1' } });
    expect((await deps.store.contributions.list(sessionId, 'ranking')).map((c) => c.id)).toEqual([
      '6:29:pieter',
      '6:29:griet',
    ]);
    expect(await publishTopics(deps, target(pieter))).toMatchObject({
      ok: false,
      error: { code: 'errors.role.facilitatorOnly' },
    });
    const published = await publishTopics(deps, target(griet));
    expect(published.ok && published.value.published?.topics.map((t) => [t.text, t.points])).toEqual([
      ['Kennisclips', 3],
      ['Feedback', 2],
    ]);
    // Nobody ranked Toetsing any more: it is no topic "tied at 0 points" on the community's list.
    expect((await communityTopics(deps, communityId))?.topics.map((t) => t.text)).toEqual(['Kennisclips', 'Feedback']);
  });

  it('refuses a ranking in another phase, and publishing before there is anything to rank', async () => {
    const { sessionId } = await withIdeas([]);
    expect(await submitRanking(deps, { sessionId, phaseIndex: 3, actor: pieter, raw: {} })).toEqual({
      ok: false,
      error: { code: 'errors.session.unknown' },
    });
    expect(await publishTopics(deps, { sessionId, phaseIndex: 6, actor: griet })).toEqual({
      ok: false,
      error: { code: 'errors.vote.noIdeas' },
    });
  });

  it('shows a member their own ranking and everybody how many ranked', async () => {
    const { sessionId, idOf } = await withIdeas(['Toetsing', 'Feedback']);
    await submitRanking(deps, { sessionId, phaseIndex: 6, actor: pieter, raw: { [`rank_${idOf('Feedback')}`]: '1' } });
    const context = await activityContext(deps, { sessionId, phaseIndex: 6, actor: griet }, isRank);
    if (!context.ok) throw new Error(context.error.code);
    const state = await rankState(deps, context.value, griet.userId);
    expect([state.mine, state.rankers, state.places, state.published]).toEqual([undefined, 1, 2, undefined]);
    expect(state.aggregate.map((t) => t.text)).toEqual(['Feedback']);
  });

  it('refuses to publish a topic list while nobody has ranked', async () => {
    const { sessionId } = await withIdeas(['Toetsing', 'Feedback']);
    expect(await publishTopics(deps, { sessionId, phaseIndex: 6, actor: griet })).toEqual({
      ok: false,
      error: { code: 'errors.rank.nobodyRanked' },
    });
  });

  it('offers only the topics brainstorm, not the shared history or the expectations', async () => {
    const { sessionId, idOf } = await withIdeas(['Toetsing']);
    await addPostIt(deps, { sessionId, phaseIndex: 3, actor: pieter, raw: { text: 'Meer feedback' }, token: 'e' });
    const at = { sessionId, phaseIndex: 2, actor: pieter };
    await addPostIt(deps, { ...at, raw: { text: 'Erasmus', category: 'international' }, token: 'h' });
    const context = await activityContext(deps, { sessionId, phaseIndex: 6, actor: griet }, isRank);
    if (!context.ok) throw new Error(context.error.code);
    const state = await rankState(deps, context.value, griet.userId);
    expect(state.ideas.map((i) => [i.id, i.text])).toEqual([[idOf('Toetsing'), 'Toetsing']]);
  });
});

describe('where a ranking takes its topics from', () => {
  const phase = (key: string, activity: Phase['activity']): Phase => ({ key, minutes: 10, activity });
  const older = [
    phase('shared-history', 'brainstorm'),
    phase('expectations', 'brainstorm'),
    phase('driver', 'driver'),
    phase('topics', 'rank'),
  ];

  it('is the topics brainstorm alone in the start session of today', () => {
    expect([...sourcePhases(agendaFor('start'), 6)]).toEqual([5]);
  });

  it("is every brainstorm before it in an older start session's agenda, which has no topics brainstorm", () => {
    expect([...sourcePhases(older, 3)]).toEqual([0, 1]);
  });

  it('is every brainstorm before a dot-vote, as before', () => {
    expect([...sourcePhases([...older.slice(0, 3), phase('condense', 'dot-vote')], 3)]).toEqual([0, 1]);
  });
});
