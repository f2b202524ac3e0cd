import { LEVELS, RETRO_COLUMNS, categoriesOf, parsePostIt, POST_IT_MAX } from '../../domain/activities/board/board';
import { defaultRules, parseBallot, tally } from '../../domain/activities/dot-vote/dot-vote';
import { FORMATS } from '../../domain/session/formats';
import { shortId } from '../../domain/short-id';
import { parseVoteRules } from '../../domain/activities/dot-vote/vote-rules';

const ideas = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `idee ${id}` }));

describe('a post-it', () => {
  it.each([
    [{ text: '  Meer oefentoetsen ' }, [], { ok: true, value: { text: 'Meer oefentoetsen', category: null } }],
    [{ text: '' }, [], { ok: false, error: { code: 'errors.input.required', params: { field: 'text' } } }],
    [
      { text: 'x'.repeat(POST_IT_MAX + 1) },
      [],
      {
        ok: false,
        error: { code: 'errors.input.tooLong', params: { field: 'text', length: POST_IT_MAX + 1, max: POST_IT_MAX } },
      },
    ],
    [
      { text: 'Erasmus-project', category: 'international' },
      LEVELS,
      { ok: true, value: { text: 'Erasmus-project', category: 'international' } },
    ],
    [
      { text: 'Erasmus-project' },
      LEVELS,
      { ok: false, error: { code: 'errors.input.invalidChoice', params: { field: 'category' } } },
    ],
  ] as const)('%o on a board with %o is %o', (raw, categories, expected) => {
    expect(parsePostIt(raw, categories)).toEqual(expected);
  });

  it('is sorted by level in the shared history and by column in the retrospective', () => {
    expect(categoriesOf(FORMATS.start[2]!)).toEqual(LEVELS);
    expect(categoriesOf(FORMATS.regular[4]!)).toEqual(RETRO_COLUMNS);
    expect(categoriesOf(FORMATS.regular[1]!)).toEqual([]);
  });
});

describe('dot-vote rules', () => {
  it.each([
    [10, undefined, undefined, { dots: 5, capPerItem: 3 }],
    [3, undefined, undefined, { dots: 2, capPerItem: 2 }],
    [1, undefined, undefined, { dots: 1, capPerItem: 1 }],
    [10, 8, 4, { dots: 8, capPerItem: 4 }],
  ])('with %i ideas (dots %s, cap %s) are %o', (count, dots, cap, rules) => {
    expect(defaultRules(count, dots, cap)).toEqual(rules);
  });

  it('takes dots within budget and cap, and ignores ideas without dots', () => {
    expect(parseBallot({ dots_a: '3', dots_b: 2, dots_c: '' }, ideas, { dots: 5, capPerItem: 3 })).toEqual({
      ok: true,
      value: { allocations: { a: 3, b: 2 } },
    });
  });

  it.each([
    [
      { dots_a: 3, dots_b: 3 },
      { code: 'errors.vote.overBudget', params: { spent: 6, dots: 5 } },
    ],
    [{ dots_a: 4 }, { code: 'errors.vote.overCap', params: { cap: 3 } }],
    [{ dots_a: -1 }, { code: 'errors.input.invalidChoice', params: { field: 'dots' } }],
    [{ dots_a: 1.5 }, { code: 'errors.input.invalidChoice', params: { field: 'dots' } }],
  ])('refuses %o', (raw, error) => {
    expect(parseBallot(raw, ideas, { dots: 5, capPerItem: 3 })).toEqual({ ok: false, error });
  });

  it('refuses to vote when there is nothing to vote on', () => {
    expect(parseBallot({}, [], { dots: 5, capPerItem: 3 })).toEqual({
      ok: false,
      error: { code: 'errors.vote.noIdeas' },
    });
  });
});

describe('the results', () => {
  it('rank ideas by votes, mark ties and keep equal ideas in their order', () => {
    const results = tally(ideas, [
      { allocations: { b: 3, c: 1 } },
      { allocations: { c: 2, d: 1 } },
      { allocations: { a: 1 } },
    ]);
    expect(results.map((r) => [r.id, r.votes, r.rank, r.tied])).toEqual([
      ['b', 3, 1, true],
      ['c', 3, 1, true],
      ['a', 1, 3, true],
      ['d', 1, 3, true],
    ]);
  });

  it('ignore dots on ideas that were withdrawn', () => {
    expect(tally(ideas.slice(0, 1), [{ allocations: { a: 1, gone: 3 } }])).toEqual([
      { id: 'a', text: 'idee a', votes: 1, rank: 1, tied: false },
    ]);
  });
});

describe('short ids', () => {
  it('are stable, short and different for different keys', () => {
    expect(shortId('29:griet:t1')).toBe(shortId('29:griet:t1'));
    expect(shortId('29:griet:t1')).toMatch(/^[0-9a-f]{16}$/);
    const ids = new Set(Array.from({ length: 10_000 }, (_, i) => shortId(`29:user-${i}:token`)));
    expect(ids.size).toBe(10_000);
  });
});

describe("a facilitator's vote budget", () => {
  it.each([
    ['', { ok: true, value: {} }],
    ['5', { ok: true, value: { dots: 5 } }],
    ['4 2', { ok: true, value: { dots: 4, capPerItem: 2 } }],
    ['2 5', { ok: false, error: { code: 'errors.input.voteRules' } }],
    ['0', { ok: false, error: { code: 'errors.input.voteRules' } }],
    ['21', { ok: false, error: { code: 'errors.input.voteRules' } }],
    ['veel', { ok: false, error: { code: 'errors.input.voteRules' } }],
    ['3 2 1', { ok: false, error: { code: 'errors.input.voteRules' } }],
  ])('%j is %o', (args, expected) => {
    expect(parseVoteRules(args)).toEqual(expected);
  });
});
