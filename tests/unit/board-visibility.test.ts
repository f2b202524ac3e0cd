import { boardCard } from '../../bot/cards/board-card';
import { WALL_MAX_ITEMS } from '../../bot/cards/board-wall';
import type { PostIt } from '../../domain/activities/board/board';
import { boardHidden, parseBoardVisibility } from '../../domain/activities/board/board-visibility';
import type { Contribution } from '../../domain/ports';
import { keptPostIts } from '../../domain/report/post-it-groups';
import { agendaFor } from '../../domain/session/formats';
import type { PhaseSettings, Session } from '../../domain/session/session';
import { translator } from '../../i18n/t';
import { board, wall200 } from '../fakes/sample-cards';

const sessionOf = (format: 'regular' | 'start', settings: Record<string, PhaseSettings> = {}): Session => ({
  id: 's1',
  communityId: 'c1',
  number: 1,
  format,
  agenda: agendaFor(format),
  state: { kind: 'running', phaseIndex: 1, phaseStartedAt: '2026-01-01T10:00:00Z' },
  questionIndex: 0,
  settings,
});

describe('whether a board shows its post-its to the group', () => {
  it.each([
    ['an explore board, by default', sessionOf('regular'), 1, false],
    ["the start session's expectations, by default", sessionOf('start'), 3, true],
    ['a board a facilitator chose hidden', sessionOf('regular', { 1: { hiddenUntilReveal: true } }), 1, true],
    [
      'a hidden board once revealed',
      sessionOf('regular', { 1: { hiddenUntilReveal: true, revealedAt: '2026-01-01T10:05:00Z' } }),
      1,
      false,
    ],
    ['expectations a facilitator chose visible', sessionOf('start', { 3: { hiddenUntilReveal: false } }), 3, false],
    [
      'a hidden board after the session ended',
      { ...sessionOf('start'), state: { kind: 'ended' as const, endedAt: '2026-01-01T12:00:00Z' } },
      3,
      false,
    ],
  ])('%s', (_what, session, index, hidden) => {
    expect(boardHidden(session, index)).toBe(hidden);
  });

  it('reads hidden or visible in Dutch and English, and takes any other text as a question', () => {
    expect(parseBoardVisibility(' Verborgen ')).toEqual({ hiddenUntilReveal: true, revealedAt: '' });
    expect(parseBoardVisibility('hidden')).toEqual({ hiddenUntilReveal: true, revealedAt: '' });
    expect(parseBoardVisibility('zichtbaar')).toEqual({ hiddenUntilReveal: false });
    expect(parseBoardVisibility('Wat houden we verborgen?')).toBeUndefined();
  });

  it('hides a revealed board again when a facilitator chooses hidden once more', () => {
    const again = { hiddenUntilReveal: true, revealedAt: '2026-01-01T10:05:00Z', ...parseBoardVisibility('hidden') };
    expect(boardHidden(sessionOf('regular', { 1: again }), 1)).toBe(true);
  });
});

describe('a post-it a facilitator hid', () => {
  it('is left out of the report, as a dropped one is', () => {
    const postIt = (id: string, data: Partial<PostIt>): Contribution<PostIt> => ({
      id,
      communityId: 'c1',
      sessionId: 's1',
      phaseIndex: 1,
      kind: 'post-it',
      authorId: 'u1',
      data: { text: id, category: null, ...data },
      createdAt: '2026-01-01T10:00:00Z',
    });
    const kept = keptPostIts([
      postIt('kept', {}),
      postIt('hidden', { hidden: true }),
      postIt('gone', { dropped: true }),
    ]);
    expect(kept.map((p) => p.id)).toEqual(['kept']);
  });
});

describe('the wall on the board card', () => {
  const t = translator('en');
  it('shows the newest post-its of 200 within 28 KB, and links the rest to the tab', () => {
    const card = boardCard({ ...board, wall: wall200 }, t);
    const json = JSON.stringify(card);
    expect(Buffer.byteLength(json)).toBeLessThan(28 * 1024);
    expect(json).toContain('Idee 200:');
    expect(json).not.toContain('Idee 1:');
    const more = json.match(/\+ (\d+) more in the Leerkring tab/);
    expect(Number(more?.[1])).toBeGreaterThanOrEqual(200 - WALL_MAX_ITEMS);
    expect(json).toContain('"type":"Action.OpenUrl"');
  });

  it('gives reveal and hide buttons only in the view of a facilitator', () => {
    const hidden = { ...wall200, hiddenUntilReveal: true };
    const verbs = (v: Parameters<typeof boardCard>[0]) => JSON.stringify(boardCard(v, t));
    expect(verbs({ ...board, wall: hidden })).not.toContain('board.reveal');
    expect(verbs({ ...board, wall: hidden, forFacilitator: true })).toContain('board.reveal');
    expect(verbs({ ...board, wall: hidden, forFacilitator: true })).not.toContain('Idee 200:');
    expect(verbs({ ...board, wall: wall200 })).not.toContain('board.hide');
    expect(verbs({ ...board, wall: wall200, forFacilitator: true })).toContain('board.hide');
  });
});
