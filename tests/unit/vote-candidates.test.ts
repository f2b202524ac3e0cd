import { candidatesOf, clusterId } from '../../domain/activities/dot-vote/candidates';
import type { Ballot } from '../../domain/activities/dot-vote/dot-vote';
import { parseBallot } from '../../domain/activities/dot-vote/dot-vote';
import { settleBallot } from '../../domain/activities/dot-vote/returned-dots';
import type { PostIt } from '../../domain/activities/board/board';

const postIt = (id: string, text: string, marks: Partial<PostIt> = {}) => ({
  id,
  data: { text, category: null, ...marks },
});

const board = [
  postIt('p1', 'Oefentoetsen', { cluster: 'Toetsing' }),
  postIt('p2', 'Kennisclips'),
  postIt('p3', 'Exit tickets', { cluster: 'Toetsing' }),
  postIt('p4', 'Koffie', { dropped: true }),
  postIt('p5', 'Casussen'),
];

/** The board after a facilitator changed the marks of some post-its. */
const condensed = (marks: Record<string, Partial<PostIt>>) =>
  board.map((p) => (marks[p.id] ? postIt(p.id, p.data.text, marks[p.id]) : p));

/** A ballot as castBallot stores it: dots per candidate, and what each candidate stood for then. */
const ballotOn = (allocations: Record<string, number>, placedOn: Ballot['placedOn']): Ballot => ({
  allocations,
  placedOn,
});

describe('the candidates of a condensed vote', () => {
  it('are the clusters under their titles, then the ideas left on their own; dropped ones are not', () => {
    expect(candidatesOf(board)).toEqual([
      { id: clusterId('Toetsing'), text: 'Toetsing', cluster: 'Toetsing', postIts: ['p1', 'p3'] },
      { id: 'p2', text: 'Kennisclips', postIts: ['p2'] },
      { id: 'p5', text: 'Casussen', postIts: ['p5'] },
    ]);
  });

  it('keep a cluster under the same id while post-its join or leave it', () => {
    const [before] = candidatesOf(board);
    const [after] = candidatesOf([...board, postIt('p6', 'Quiz', { cluster: 'Toetsing' })]);
    expect(after!.id).toBe(before!.id);
    expect(after!.postIts).toEqual(['p1', 'p3', 'p6']);
  });
});

describe('dots on a candidate that is gone', () => {
  const cap = 3;

  it('go back to their owner when the idea was dropped', () => {
    const cast = ballotOn({ p2: 2, p5: 1 }, { p2: { text: 'Kennisclips', postIts: ['p2'] } });
    expect(settleBallot(cast, candidatesOf(condensed({ p2: { dropped: true } })), cap)).toEqual({
      allocations: { p5: 1 },
      returned: [{ text: 'Kennisclips', dots: 2, reason: 'dropped' }],
      moved: [],
    });
  });

  it('move into the cluster the idea was merged into, up to the cap; the rest goes back', () => {
    const cast = ballotOn(
      { [clusterId('Toetsing')]: 2, p2: 2 },
      { p2: { text: 'Kennisclips', postIts: ['p2'] }, [clusterId('Toetsing')]: { text: 'Toetsing', postIts: ['p1'] } },
    );
    const merged = candidatesOf(condensed({ p2: { cluster: 'Toetsing' } }));
    expect(settleBallot(cast, merged, cap)).toEqual({
      allocations: { [clusterId('Toetsing')]: 3 },
      returned: [{ text: 'Kennisclips', dots: 1, reason: 'full', into: 'Toetsing' }],
      moved: [{ text: 'Kennisclips', dots: 1, into: 'Toetsing' }],
    });
  });

  it('follow a cluster that was renamed, and go back when it was split over two', () => {
    const cast = ballotOn(
      { [clusterId('Toetsing')]: 2 },
      { [clusterId('Toetsing')]: { text: 'Toetsing', postIts: ['p1', 'p3'] } },
    );
    const renamed = candidatesOf(condensed({ p1: { cluster: 'Evaluatie' }, p3: { cluster: 'Evaluatie' } }));
    expect(settleBallot(cast, renamed, cap).allocations).toEqual({ [clusterId('Evaluatie')]: 2 });
    const split = candidatesOf(condensed({ p1: { cluster: 'Evaluatie' }, p3: { cluster: 'Feedback' } }));
    expect(settleBallot(cast, split, cap)).toEqual({
      allocations: {},
      returned: [{ text: 'Toetsing', dots: 2, reason: 'split' }],
      moved: [],
    });
  });

  it('are back on the idea when the facilitator brings it back', () => {
    const cast = ballotOn({ p2: 2 }, { p2: { text: 'Kennisclips', postIts: ['p2'] } });
    expect(settleBallot(cast, candidatesOf(board), cap)).toEqual({ allocations: { p2: 2 }, returned: [], moved: [] });
  });
});

describe('a ballot sent from a card older than the last condensing', () => {
  it('is refused rather than losing the dots on an idea that is gone', () => {
    const ideas = candidatesOf(board);
    expect(parseBallot({ dots_p2: '1', dots_p4: '2' }, ideas, { dots: 5, capPerItem: 3 })).toEqual({
      ok: false,
      error: { code: 'errors.vote.ideasChanged' },
    });
    expect(parseBallot({ dots_p2: '1', dots_p4: '0' }, ideas, { dots: 5, capPerItem: 3 })).toEqual({
      ok: true,
      value: { allocations: { p2: 1 } },
    });
  });
});
