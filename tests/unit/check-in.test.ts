import type { CheckIn } from '../../domain/activities/check-in/check-in';
import {
  CHECK_IN_LIMITS,
  checkInSummary,
  moodSummary,
  parseCheckIn,
  sameAnswers,
} from '../../domain/activities/check-in/check-in';
import { checkInVariantOf, parseCheckInVariant } from '../../domain/activities/check-in/check-in-variant';
import { startedSession, withPhaseSettings } from '../../domain/session/session';
import { CHECK_IN_QUESTIONS, questionOfTheDay } from '../../domain/activities/check-in/check-in-questions';

describe('a check-in submission', () => {
  it('needs a mood from the scale and trims the texts', () => {
    expect(parseCheckIn({ mood: 'sunny', answer: '  stoofvlees ' })).toEqual({
      ok: true,
      value: { variant: 'weather', mood: 'sunny', answer: 'stoofvlees', sinceLastTime: '', obstacles: '' },
    });
  });

  it.each([
    [{}, 'errors.input.required'],
    [{ mood: '' }, 'errors.input.required'],
    [{ mood: 42 }, 'errors.input.required'],
    [{ mood: 'hurricane' }, 'errors.input.invalidChoice'],
  ])('%o is refused with %s', (raw, code) => {
    const result = parseCheckIn(raw);
    expect(result.ok ? undefined : result.error.code).toBe(code);
  });

  it.each(Object.entries(CHECK_IN_LIMITS))('refuses a %s over %i characters and says how long it was', (field, max) => {
    const tooLong = 'a'.repeat(max + 1);
    const base = { mood: 'rainy', word: 'moe' };
    const result = parseCheckIn({ ...base, [field]: tooLong }, 'word');
    expect(result).toEqual({
      ok: false,
      error: { code: 'errors.input.tooLong', params: { field, length: max + 1, max } },
    });
    expect(parseCheckIn({ ...base, [field]: 'a'.repeat(max) }, 'word').ok).toBe(true);
  });

  it('takes a colour from the palette in the colour check-in, and nothing else', () => {
    expect(parseCheckIn({ colour: 'green', mood: 'sunny' }, 'colour')).toMatchObject({
      ok: true,
      value: { variant: 'colour', colour: 'green' },
    });
    const colourOnly = parseCheckIn({ colour: 'green', mood: 'sunny' }, 'colour');
    expect(colourOnly.ok && colourOnly.value.mood).toBe(undefined);
    expect(parseCheckIn({ colour: 'turquoise' }, 'colour')).toMatchObject({
      ok: false,
      error: { code: 'errors.input.invalidChoice', params: { field: 'colour' } },
    });
    expect(parseCheckIn({ mood: 'sunny' }, 'colour')).toMatchObject({
      ok: false,
      error: { code: 'errors.input.required', params: { field: 'colour' } },
    });
  });

  it('takes one word in the one-word check-in: hyphens and emoji are fine, spaces are not', () => {
    expect(parseCheckIn({ word: '  dolenthousiast ' }, 'word')).toMatchObject({
      ok: true,
      value: { variant: 'word', word: 'dolenthousiast' },
    });
    expect(parseCheckIn({ word: 'half-moe' }, 'word').ok).toBe(true);
    expect(parseCheckIn({ word: '🙂' }, 'word').ok).toBe(true);
    expect(parseCheckIn({ word: 'heel erg moe' }, 'word')).toMatchObject({
      ok: false,
      error: { code: 'errors.input.oneWord' },
    });
    expect(parseCheckIn({ word: '' }, 'word')).toMatchObject({
      ok: false,
      error: { code: 'errors.input.required', params: { field: 'word' } },
    });
  });

  it('sees the same answer twice as unchanged, but another variant as a change', () => {
    const a = parseCheckIn({ colour: 'blue', answer: 'x' }, 'colour');
    const b = parseCheckIn({ colour: 'blue', answer: 'x' }, 'colour');
    const c = parseCheckIn({ word: 'blue', answer: 'x' }, 'word');
    if (!a.ok || !b.ok || !c.ok) throw new Error('parse failed');
    expect(sameAnswers(a.value, b.value)).toBe(true);
    expect(sameAnswers(a.value, c.value)).toBe(false);
  });

  it('counts an emoji as one character, as the member sees it', () => {
    expect(parseCheckIn({ mood: 'sunny', answer: '☀️'.repeat(200) }).ok).toBe(true);
    expect(parseCheckIn({ mood: 'sunny', answer: '🌧'.repeat(CHECK_IN_LIMITS.answer) }).ok).toBe(true);
  });
});

describe('the mood of the room', () => {
  it('counts moods in scale order without names', () => {
    const c = (mood: CheckIn['mood']) => ({ mood }) as CheckIn;
    expect(moodSummary([c('sunny'), c('rainy'), c('sunny')])).toEqual({
      stormy: 0,
      rainy: 1,
      cloudy: 0,
      'partly-sunny': 0,
      sunny: 2,
    });
  });
});

describe('the check-in of the room, whatever its form', () => {
  it('counts colours and gathers words, the most frequent first, case aside', () => {
    const c = (x: Partial<CheckIn>) => x as CheckIn;
    const summary = checkInSummary([
      c({ colour: 'green' }),
      c({ colour: 'green' }),
      c({ word: 'Moe' }),
      c({ word: 'moe' }),
      c({ word: 'blij' }),
      c({ mood: 'sunny' }),
    ]);
    expect(summary.colours.green).toBe(2);
    expect(summary.words).toEqual([
      { word: 'Moe', count: 2 },
      { word: 'blij', count: 1 },
    ]);
    expect(summary.moods.sunny).toBe(1);
  });
});

describe('which check-in a session uses', () => {
  const session = (number: number) =>
    startedSession({
      id: `s${number}`,
      communityId: 'c',
      number,
      format: 'regular',
      startedBy: 'u',
      questionIndex: 0,
      now: new Date(),
    });

  it('takes turns: weather, colour, one word, weather again', () => {
    expect([1, 2, 3, 4].map((n) => checkInVariantOf(session(n)))).toEqual(['weather', 'colour', 'word', 'weather']);
  });

  it('uses what the facilitator chose, named in English or Dutch', () => {
    const chosen = withPhaseSettings(session(1), 0, { checkInVariant: parseCheckInVariant('Kleur') });
    expect(checkInVariantOf(chosen)).toBe('colour');
    expect(parseCheckInVariant('woord')).toBe('word');
    expect(parseCheckInVariant('weather')).toBe('weather');
    expect(parseCheckInVariant('meme')).toBeUndefined();
  });
});

describe('the question of the day', () => {
  it('asks every question of the bank once before repeating', () => {
    const asked = CHECK_IN_QUESTIONS.map((_, i) => questionOfTheDay(i));
    expect(new Set(asked).size).toBe(CHECK_IN_QUESTIONS.length);
    expect(questionOfTheDay(CHECK_IN_QUESTIONS.length)).toBe(asked[0]);
    expect(questionOfTheDay(-1)).toBe(asked.at(-1));
  });
});
