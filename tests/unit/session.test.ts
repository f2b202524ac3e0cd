import { FORMAT_IDS, FORMATS, formatFromName, formatNames } from '../../domain/session/formats';
import { translator } from '../../i18n/t';
import { currentPhase, endedSession, movePhase, startedSession, type Session } from '../../domain/session/session';

const now = new Date('2026-11-22T14:00:00Z');
const later = new Date('2026-11-22T14:10:00Z');

const running = (phaseIndex = 0): Session => {
  const s = startedSession({
    id: 's1',
    communityId: 'c1',
    number: 3,
    format: 'regular',
    startedBy: 'u1',
    questionIndex: 2,
    now,
  });
  return { ...s, state: { kind: 'running', phaseIndex, phaseStartedAt: now.toISOString() } };
};

describe('a regular session', () => {
  it('follows the handbook: check-in, explore, condense, make, retrospective', () => {
    expect(FORMATS.regular.map((p) => p.key)).toEqual(['check-in', 'explore', 'condense', 'make', 'retrospective']);
    expect(FORMATS.regular.every((p) => p.minutes > 0)).toBe(true);
  });

  it('starts running in its first phase, with its own copy of the agenda', () => {
    const s = running();
    expect(currentPhase(s)?.phase.key).toBe('check-in');
    s.agenda[0]!.minutes = 99;
    expect(FORMATS.regular[0]!.minutes).not.toBe(99);
  });

  it.each([
    [0, 1, { ok: true, phase: 'explore' }],
    [3, 1, { ok: true, phase: 'retrospective' }],
    [4, 1, { ok: false, code: 'errors.session.lastPhase' }],
    [2, -1, { ok: true, phase: 'explore' }],
    [0, -1, { ok: false, code: 'errors.session.firstPhase' }],
  ] as const)('from phase %i, a step of %i gives %o', (from, step, expected) => {
    const result = movePhase(running(from), step, later);
    expect(result.ok).toBe(expected.ok);
    if (result.ok && expected.ok) {
      expect(currentPhase(result.value)?.phase.key).toBe(expected.phase);
      expect(result.value.state).toMatchObject({ phaseStartedAt: later.toISOString() });
    }
    if (!result.ok && !expected.ok) expect(result.error.code).toBe(expected.code);
  });

  it('ends once; an ended session cannot move or end again', () => {
    const ended = endedSession(running(2), later);
    expect(ended.ok && ended.value.state).toEqual({ kind: 'ended', endedAt: later.toISOString() });
    if (!ended.ok) throw new Error('should end');
    expect(endedSession(ended.value, later)).toEqual({ ok: false, error: { code: 'errors.session.noneRunning' } });
    expect(movePhase(ended.value, 1, later)).toEqual({ ok: false, error: { code: 'errors.session.noneRunning' } });
    expect(currentPhase(ended.value)).toBeUndefined();
  });

  it.each([
    ['', 'regular'],
    ['regular', 'regular'],
    ['Regulier', 'regular'],
    ['  gewone ', 'regular'],
    ['startbijeenkomst', 'start'],
    ['slotbijeenkomst', 'closing'],
    ['Waarderend onderzoek', 'appreciative-inquiry'],
    ['themagroep', 'theme-group'],
    ['leerwerkgemeenschap', 'learning-work'],
    ['closing-of-something', undefined],
  ])('format name %j is %s', (name, format) => {
    expect(formatFromName(name)).toBe(format);
  });
});

describe('every format', () => {
  it("has the handbook's seven steps in the start session and the AI cycle in order", () => {
    // Step 6 is two phases: a topics brainstorm, then the ranking of those topics.
    expect(FORMATS.start.map((p) => p.key)).toEqual([
      'introductions',
      'way-of-working',
      'shared-history',
      'expectations',
      'driver',
      'topic-ideas',
      'topics',
      'preview',
    ]);
    expect(FORMATS['appreciative-inquiry'].map((p) => p.key)).toEqual([
      'define',
      'discovery',
      'dream',
      'design',
      'destiny',
    ]);
  });

  it.each(FORMAT_IDS)('%s has a name and phases with a title and a description in Dutch and English', (format) => {
    for (const lang of ['nl', 'en'] as const) {
      const t = translator(lang);
      expect(t(`format.${format}`)).not.toBe(`format.${format}`);
      for (const phase of FORMATS[format]) {
        expect(t(`phase.${phase.key}.title`)).not.toBe(`phase.${phase.key}.title`);
        expect(t(`phase.${phase.key}.description`)).not.toBe(`phase.${phase.key}.description`);
      }
    }
  });

  it.each(['nl', 'en'] as const)('can be named in %s with the names the bot suggests', (lang) => {
    expect(formatNames(lang).map(formatFromName)).toEqual([...FORMAT_IDS]);
  });
});
